package io.wharf.runtime.kubernetes;

import io.wharf.model.AppType;
import java.util.EnumMap;
import java.util.Map;

/** The scheduling class of each app type on one cluster; a cluster overrides the defaults by replacing entries. */
public record SchedulingClasses(Map<AppType, SchedulingClass> byType) {
    public SchedulingClasses {
        for (AppType type : AppType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalArgumentException("no scheduling class for app type " + type.wireName());
            }
        }
        byType = Map.copyOf(byType);
    }

    public static SchedulingClasses defaults() {
        Map<AppType, SchedulingClass> classes = new EnumMap<>(AppType.class);
        classes.put(AppType.ONLINE, SchedulingClass.online());
        classes.put(AppType.OFFLINE, SchedulingClass.colocated("wharf-offline"));
        classes.put(AppType.BATCH, SchedulingClass.colocated("wharf-batch"));
        classes.put(AppType.GPU, SchedulingClass.gpu());
        return new SchedulingClasses(classes);
    }

    public SchedulingClass of(AppType type) {
        return byType.get(type);
    }

    /** These classes with a cluster's overrides applied, type by type. */
    public SchedulingClasses overriddenBy(Map<AppType, ClassOverride> overrides) {
        Map<AppType, SchedulingClass> classes = new EnumMap<>(byType);
        overrides.forEach((type, override) -> classes.put(type, override.applyTo(byType.get(type))));
        return new SchedulingClasses(classes);
    }

    public SchedulingClasses with(AppType type, SchedulingClass schedulingClass) {
        Map<AppType, SchedulingClass> classes = new EnumMap<>(byType);
        classes.put(type, schedulingClass);
        return new SchedulingClasses(classes);
    }
}
