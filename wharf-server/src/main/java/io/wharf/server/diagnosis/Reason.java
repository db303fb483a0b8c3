package io.wharf.server.diagnosis;

/**
 * The stable codes of findings, which scripts and tests match: codes may be added, never renamed.
 * An app that is {@code Available} with every instance ready, none of which exited in the last
 * minute, has no findings, except those whose code {@link #appliesWhenAvailable() applies when available}.
 */
public enum Reason {
    /** The image is not in local storage, and no registry has it. */
    ImageMissing,
    /** The image could not be pulled for another reason (login, TLS, network); the message has the registry's reason. */
    ImagePullFailed,
    /** The instances do not fit on the nodes of a cluster the app is placed on. */
    NoCapacity,
    /** A change of the app was refused because the system's quota has no room for it; the app runs as before. */
    QuotaExhausted(true),
    /** Instances were killed by the kernel for passing their memory limit. */
    OOMKilled,
    /** Instances exit again and again soon after they start. */
    CrashLoop,
    /** The health check cannot connect: nothing listens on the app's port inside the instance. */
    PortNotListening,
    /** The health check connects but fails: an HTTP status other than 2xx/3xx, no answer in time, or not HTTP. */
    HealthCheckFailing,
    /** A cluster that runs a share of the app cannot be reached, so its instances are unknown. */
    ClusterUnreachable,
    /** The rollout of the current release failed, or was rolled back, and no finding above explains why. */
    RolloutFailed,
    /** The engine is still bringing the app to its desired state, and nothing has gone wrong so far. */
    Progressing,
    /** Fewer instances are ready than wanted, and no finding above explains why. */
    Degraded,
    /** Every instance is ready again, but one exited in the last minute and was replaced. */
    RecentlyExited;

    private final boolean appliesWhenAvailable;

    Reason() {
        this(false);
    }

    Reason(boolean appliesWhenAvailable) {
        this.appliesWhenAvailable = appliesWhenAvailable;
    }

    public boolean appliesWhenAvailable() {
        return appliesWhenAvailable;
    }
}
