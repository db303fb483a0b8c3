package io.wharf.model;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an app; {@code type} is "Normal" or "Warning" as in Kubernetes. */
public record AppEvent(Instant time, String type, String reason, String message) {
    public static final String NORMAL = "Normal";
    public static final String WARNING = "Warning";

    public AppEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static AppEvent normal(Instant time, String reason, String message) {
        return new AppEvent(time, NORMAL, reason, message);
    }

    public static AppEvent warning(Instant time, String reason, String message) {
        return new AppEvent(time, WARNING, reason, message);
    }
}
