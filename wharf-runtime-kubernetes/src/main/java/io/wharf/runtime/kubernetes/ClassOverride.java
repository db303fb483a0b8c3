package io.wharf.runtime.kubernetes;

import java.util.Map;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one cluster changes in the scheduling class of an app type; a null field keeps the default.
 * Node labels name the pools: required ones the pods must run on, preferred ones they lean towards.
 * A priority class that is not one of Wharf's ({@link SchedulingClass#PRIORITY_CLASSES}) is not
 * applied: the default stays, and a warning says so (the API refuses such an override up front).
 */
public record ClassOverride(String priorityClassName, Integer requestPercent, Map<String, String> requiredNodeLabels,
                            Map<String, String> preferredNodeLabels) {
    private static final Logger LOG = LoggerFactory.getLogger(ClassOverride.class);

    public ClassOverride {
        requiredNodeLabels = requiredNodeLabels == null ? null : Map.copyOf(requiredNodeLabels);
        preferredNodeLabels = preferredNodeLabels == null ? null : Map.copyOf(preferredNodeLabels);
    }

    /** True when the override names no priority class or one of Wharf's. */
    public boolean priorityClassAllowed() {
        return priorityClassName == null || SchedulingClass.PRIORITY_CLASSES.contains(priorityClassName);
    }

    SchedulingClass applyTo(SchedulingClass base) {
        if (!priorityClassAllowed()) {
            LOG.warn("priority class {} is not one of Wharf's {}: {} stays", priorityClassName,
                    new TreeSet<>(SchedulingClass.PRIORITY_CLASSES), base.priorityClassName());
        }
        return new SchedulingClass(priorityClassName != null && priorityClassAllowed() ? priorityClassName
                : base.priorityClassName(),
                requestPercent != null ? requestPercent : base.requestPercent(), base.spreadTopologyKeys(),
                base.tolerations(),
                preferredNodeLabels != null ? preferredNodeLabels : base.preferredNodeLabels(),
                requiredNodeLabels != null ? requiredNodeLabels : base.requiredNodeLabels(), base.gpus());
    }
}
