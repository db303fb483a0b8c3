package io.wharf.server.diagnosis;

import java.util.List;
import java.util.Objects;

/**
 * One answer to "why is it not ready?": a stable reason code, one plain sentence, the facts it rests
 * on (each with its time where it has one), and what to do about it.
 */
public record Finding(Reason reason, String message, List<String> evidence, String action) {
    public Finding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
        evidence = List.copyOf(evidence);
    }
}
