package io.wharf.build;

/** Where a build is: waiting for a slot, running, or one of the three ends. */
public enum BuildState {
    Queued, Running, Succeeded, Failed, Cancelled;

    public boolean finished() {
        return this == Succeeded || this == Failed || this == Cancelled;
    }
}
