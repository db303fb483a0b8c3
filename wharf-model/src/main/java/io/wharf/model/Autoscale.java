package io.wharf.model;

/**
 * Scaling by CPU load between {@code min} and {@code max} instances, aiming at {@code cpuPercent}
 * of the CPU each instance requests. Carried out by a HorizontalPodAutoscaler on Kubernetes
 * clusters; the local Podman cluster runs the app's replica count.
 */
public record Autoscale(Integer min, Integer max, Integer cpuPercent) {
    public static final int MAX_CPU_PERCENT = 1000;

    public void validate(Errors errors, String field, int maxReplicas) {
        errors.check(min != null && min >= 1 && min <= maxReplicas, field + ".min",
                "must be between 1 and " + maxReplicas + ", was " + min);
        errors.check(max != null && max >= 1 && max <= maxReplicas, field + ".max",
                "must be between 1 and " + maxReplicas + ", was " + max);
        if (min != null && max != null) {
            errors.check(min <= max, field, "min (" + min + ") must not be above max (" + max + ")");
        }
        errors.check(cpuPercent != null && cpuPercent >= 1 && cpuPercent <= MAX_CPU_PERCENT, field + ".cpuPercent",
                "must be between 1 and " + MAX_CPU_PERCENT + " (percent of the requested CPU), was " + cpuPercent);
    }
}
