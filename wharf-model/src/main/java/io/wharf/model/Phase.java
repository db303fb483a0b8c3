package io.wharf.model;

/** The phase of an app, as its status reports it. */
public enum Phase {
    /** As many instances of the current revision are ready as are wanted, and no others run. */
    Available,
    /** The desired state changed recently and the engine is still getting there. */
    Progressing,
    /** Fewer instances are ready than wanted and no recent change explains it. */
    Degraded,
    /** A batch app: each of its wanted runs exited 0; nothing is restarted. */
    Succeeded,
    /** A batch app: its runs failed more often than its retry limit; nothing more is started. */
    Failed
}
