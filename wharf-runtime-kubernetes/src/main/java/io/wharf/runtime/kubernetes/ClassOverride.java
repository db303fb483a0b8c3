package io.wharf.runtime.kubernetes;

import java.util.Map;

/**
 * What one cluster changes in the scheduling class of an app type; a null field keeps the default.
 * Node labels name the pools: required ones the pods must run on, preferred ones they lean towards.
 */
public record ClassOverride(String priorityClassName, Integer requestPercent, Map<String, String> requiredNodeLabels,
                            Map<String, String> preferredNodeLabels) {
    public ClassOverride {
        requiredNodeLabels = requiredNodeLabels == null ? null : Map.copyOf(requiredNodeLabels);
        preferredNodeLabels = preferredNodeLabels == null ? null : Map.copyOf(preferredNodeLabels);
    }

    SchedulingClass applyTo(SchedulingClass base) {
        return new SchedulingClass(priorityClassName != null ? priorityClassName : base.priorityClassName(),
                requestPercent != null ? requestPercent : base.requestPercent(), base.spreadTopologyKeys(),
                base.tolerations(),
                preferredNodeLabels != null ? preferredNodeLabels : base.preferredNodeLabels(),
                requiredNodeLabels != null ? requiredNodeLabels : base.requiredNodeLabels(), base.gpus());
    }
}
