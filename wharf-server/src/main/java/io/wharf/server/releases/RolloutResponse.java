package io.wharf.server.releases;

import io.wharf.model.Rollout;
import java.time.Instant;

/** Where an app's rollout stands: {@code {"revision", "phase", "step"?, "message", ...}}. */
public record RolloutResponse(long revision, String phase, Integer step, String message, Long fromRevision,
                              Long restores, Instant startedAt, Instant switchedAt) {
    static RolloutResponse of(Rollout r) {
        return new RolloutResponse(r.revision(), r.phase().name(), r.step(), r.message(), r.fromRevision(), r.restores(),
                r.startedAt(), r.switchedAt());
    }
}
