package io.wharf.engine;

import io.wharf.engine.colocation.Resources;
import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of the engine. {@code parallelism} bounds concurrent instance starts and stops;
 * {@code stopGrace} is how long an instance may take to exit after SIGTERM; an app that is not
 * Available within {@code progressDeadline} of its last change is Degraded. {@code node} is what this
 * machine offers the instances the engine starts (null: no limit); see {@code LocalNode}.
 */
public record EngineSettings(int parallelism, Duration stopGrace, Duration progressDeadline,
                             Duration unreadyProbeInterval, Resources node) {
    public static final EngineSettings DEFAULTS =
            new EngineSettings(8, Duration.ofSeconds(10), Duration.ofSeconds(60), Duration.ofMillis(100));

    public EngineSettings {
        if (parallelism < 1 || parallelism > 256) {
            throw new IllegalArgumentException("parallelism must be between 1 and 256: " + parallelism);
        }
        Objects.requireNonNull(stopGrace, "stopGrace");
        Objects.requireNonNull(progressDeadline, "progressDeadline");
        Objects.requireNonNull(unreadyProbeInterval, "unreadyProbeInterval");
    }

    /** Settings without a limit on what the engine's instances may ask for. */
    public EngineSettings(int parallelism, Duration stopGrace, Duration progressDeadline, Duration unreadyProbeInterval) {
        this(parallelism, stopGrace, progressDeadline, unreadyProbeInterval, null);
    }

    public EngineSettings withNode(Resources capacity) {
        return new EngineSettings(parallelism, stopGrace, progressDeadline, unreadyProbeInterval, capacity);
    }
}
