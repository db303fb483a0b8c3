package io.wharf.model;

import java.util.Objects;

/** What the engine observed of an app, in words a user can act on. */
public record AppStatus(Phase phase, int replicas, int readyReplicas, String message) {
    public AppStatus {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(message, "message");
    }
}
