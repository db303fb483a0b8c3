package io.wharf.engine;

/** What a user can ask of a running rollout. */
public enum RolloutCommand {
    PAUSE, RESUME, PROMOTE, ABORT
}
