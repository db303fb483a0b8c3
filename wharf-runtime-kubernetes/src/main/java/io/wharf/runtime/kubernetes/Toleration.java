package io.wharf.runtime.kubernetes;

import java.util.Objects;

/** A taint that the pods of a scheduling class tolerate, such as {@code wharf.io/colocation=true:NoSchedule}. */
public record Toleration(String key, String value, String effect) {
    public static final Toleration COLOCATION = new Toleration("wharf.io/colocation", "true", "NoSchedule");

    public Toleration {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effect, "effect");
    }
}
