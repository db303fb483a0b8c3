package io.wharf.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The state of the rollout of {@code revision}, which replaces {@code fromRevision} (null for an
 * app's first release). {@code restores} is set when the release restores an older revision (a
 * rollback). {@code progressAt} is the last time it made progress (the deadline counts from there),
 * {@code switchedAt} when blue-green traffic moved to the new set, {@code stepAt} when the current
 * canary step became ready; {@code step} is the canary step index.
 */
public record Rollout(long revision, Long fromRevision, Long restores, RolloutPhase phase, Integer step,
                      String message, Instant startedAt, Instant progressAt, Instant switchedAt, Instant stepAt) {
    public Rollout {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(progressAt, "progressAt");
        message = message == null ? "" : message;
    }

    public static Rollout start(long revision, Long fromRevision, Long restores, Instant now) {
        return new Rollout(revision, fromRevision, restores, RolloutPhase.Progressing, null,
                "rolling out revision " + revision, now, now, null, null);
    }

    public Rollout with(RolloutPhase newPhase, String newMessage) {
        return new Rollout(revision, fromRevision, restores, newPhase, step, newMessage, startedAt, progressAt, switchedAt,
                stepAt);
    }

    public Rollout progressed(Instant now) {
        return new Rollout(revision, fromRevision, restores, phase, step, message, startedAt, now, switchedAt, stepAt);
    }

    public Rollout switched(Instant now) {
        return new Rollout(revision, fromRevision, restores, phase, step, message, startedAt, now, now, stepAt);
    }

    public Rollout atStep(Integer newStep, Instant newStepAt) {
        return new Rollout(revision, fromRevision, restores, phase, newStep, message, startedAt, progressAt, switchedAt,
                newStepAt);
    }
}
