package io.wharf.engine.health;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The last readiness check of one instance: which check ({@code "GET /healthz"} or {@code "TCP"}) on
 * which port inside the instance, what it got and when, and since when the checks have failed in a
 * row (null while the last one passed).
 */
public record ProbeResult(String instanceId, String check, int port, ProbeAnswer answer, Instant at,
                          Instant failingSince, int failuresInARow) {
    public ProbeResult {
        Objects.requireNonNull(instanceId, "instanceId");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
    }

    public boolean failing() {
        return failingSince != null;
    }

    /** How long the checks have failed in a row, up to the last one; zero while they pass. */
    public Duration failingFor() {
        return failingSince == null ? Duration.ZERO : Duration.between(failingSince, at);
    }

    /** The result of the next check: the failing streak goes on, starts or ends. */
    ProbeResult next(ProbeAnswer newer, Instant when) {
        return newer.passed() ? first(instanceId, check, port, newer, when)
                : new ProbeResult(instanceId, check, port, newer, when, failing() ? failingSince : when, failuresInARow + 1);
    }

    static ProbeResult first(String instanceId, String check, int port, ProbeAnswer answer, Instant at) {
        return answer.passed() ? new ProbeResult(instanceId, check, port, answer, at, null, 0)
                : new ProbeResult(instanceId, check, port, answer, at, at, 1);
    }
}
