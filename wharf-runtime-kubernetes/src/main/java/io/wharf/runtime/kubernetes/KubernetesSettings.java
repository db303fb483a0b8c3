package io.wharf.runtime.kubernetes;

import java.util.Objects;

/**
 * What one cluster decides about the objects Wharf applies there: the zone under which apps get
 * their own host name ({@code <app>.<system>.<domain>}), the Ingress class (null: the cluster's
 * default) and the scheduling class of each app type.
 */
public record KubernetesSettings(String domain, String ingressClassName, SchedulingClasses classes) {
    public static final String DEFAULT_DOMAIN = "wharf.localhost";

    public KubernetesSettings {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(classes, "classes");
        if (domain.isEmpty() || domain.startsWith(".") || domain.endsWith(".")) {
            throw new IllegalArgumentException("domain must be a host name such as wharf.example.com: " + domain);
        }
    }

    public static KubernetesSettings defaults() {
        return new KubernetesSettings(DEFAULT_DOMAIN, null, SchedulingClasses.defaults());
    }

    public KubernetesSettings withClasses(SchedulingClasses newClasses) {
        return new KubernetesSettings(domain, ingressClassName, newClasses);
    }
}
