package io.wharf.model;

/** Where a rollout stands. {@code RolledBack}: it failed or was aborted, and the previous release runs again. */
public enum RolloutPhase {
    Progressing, Paused, Complete, Failed, RolledBack;

    public boolean finished() {
        return this == Complete || this == Failed || this == RolledBack;
    }
}
