package io.wharf.engine.runtime;

import io.wharf.model.AppKey;
import java.time.Instant;
import java.util.Objects;

/**
 * One instance as a runtime observed it; {@code template} is the fingerprint of the template it
 * was started from (the {@link Labels#TEMPLATE} label), null when unknown. {@code host} and {@code port} are where it can be
 * reached from this machine (null when it publishes nothing); {@code exitCode} is set once it exited.
 * {@code ready} is whether the runtime's own readiness check passes; null when the runtime runs
 * none, and then the engine probes the instance itself.
 */
public record RuntimeInstance(String id, AppKey app, long revision, State state, String host, Integer port,
                              Instant startedAt, int restarts, Integer exitCode, String template, Boolean ready) {
    public enum State { CREATED, RUNNING, EXITED }

    public RuntimeInstance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(state, "state");
    }

    public RuntimeInstance(String id, AppKey app, long revision, State state, String host, Integer port,
                           Instant startedAt, int restarts, Integer exitCode, String template) {
        this(id, app, revision, state, host, port, startedAt, restarts, exitCode, template, null);
    }

    public RuntimeInstance(String id, AppKey app, long revision, State state, String host, Integer port,
                           Instant startedAt, int restarts, Integer exitCode) {
        this(id, app, revision, state, host, port, startedAt, restarts, exitCode, null);
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    public String address() {
        return host == null || port == null ? null : host + ":" + port;
    }
}
