package io.wharf.server.api;

import io.wharf.model.Autoscale;

/**
 * Autoscaling as it travels in JSON: {@code {"min": 2, "max": 10, "cpuPercent": 70}}; {@code {}}
 * turns it off.
 */
public record AutoscaleBody(Integer min, Integer max, Integer cpuPercent) {
    static AutoscaleBody of(Autoscale autoscale) {
        return autoscale == null ? null : new AutoscaleBody(autoscale.min(), autoscale.max(), autoscale.cpuPercent());
    }

    boolean off() {
        return min == null && max == null && cpuPercent == null;
    }

    Autoscale toModel() {
        return off() ? null : new Autoscale(min, max, cpuPercent);
    }
}
