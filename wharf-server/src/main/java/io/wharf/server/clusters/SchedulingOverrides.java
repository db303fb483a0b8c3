package io.wharf.server.clusters;

import io.wharf.model.AppType;
import io.wharf.model.Errors;
import io.wharf.model.LabelSyntax;
import io.wharf.runtime.kubernetes.ClassOverride;
import io.wharf.runtime.kubernetes.SchedulingClass;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Checks and converts a cluster's {@code "scheduling"}: overrides of the scheduling class by app type. */
final class SchedulingOverrides {
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private SchedulingOverrides() {
    }

    static Map<AppType, ClassOverride> parse(Map<String, ClassOverride> body, Errors errors) {
        Map<AppType, ClassOverride> overrides = new EnumMap<>(AppType.class);
        if (body == null) {
            return overrides;
        }
        body.forEach((typeName, override) -> {
            String field = "scheduling." + typeName;
            AppType type = AppType.parse(typeName).orElse(null);
            if (type == null) {
                errors.add(field, "is not an app type: use one of " + AppType.allowedValues());
                return;
            }
            if (override == null) {
                errors.add(field, "must be an object such as {\"priorityClassName\": \"wharf-batch\", \"requestPercent\": 50}");
                return;
            }
            check(override, field, errors);
            overrides.put(type, override);
        });
        return overrides;
    }

    private static void check(ClassOverride override, String field, Errors errors) {
        String priority = override.priorityClassName();
        errors.check(priority == null || priority.length() <= 253 && SUBDOMAIN.matcher(priority).matches(),
                field + ".priorityClassName", "must be the name of a PriorityClass: lower-case letters, digits, '-'"
                        + " and '.', at most 253 characters");
        errors.check(priority == null || !SUBDOMAIN.matcher(priority).matches() || override.priorityClassAllowed(),
                field + ".priorityClassName", "must be one of Wharf's priority classes "
                        + new TreeSet<>(SchedulingClass.PRIORITY_CLASSES) + ", was " + priority);
        Integer percent = override.requestPercent();
        errors.check(percent == null || percent >= 1 && percent <= 100, field + ".requestPercent",
                "must be between 1 and 100 (100 gives Guaranteed QoS), was " + percent);
        LabelSyntax.check(errors, field + ".requiredNodeLabels", override.requiredNodeLabels());
        LabelSyntax.check(errors, field + ".preferredNodeLabels", override.preferredNodeLabels());
    }

    /** As the API shows them: by the app type's wire name. */
    static Map<String, ClassOverride> wire(Map<AppType, ClassOverride> overrides) {
        Map<String, ClassOverride> wire = new TreeMap<>();
        overrides.forEach((type, override) -> wire.put(type.wireName(), override));
        return wire;
    }
}
