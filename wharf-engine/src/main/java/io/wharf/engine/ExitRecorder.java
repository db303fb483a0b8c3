package io.wharf.engine;

import io.wharf.engine.runtime.ExitState;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.SupportsExits;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.model.AppKey;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads how an exited instance ended and its last lines, and tells the listeners. Called before the
 * engine replaces the instance, while the runtime still has it.
 */
final class ExitRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(ExitRecorder.class);
    private final Runtime runtime;
    private final Clock clock;
    private final List<ExitListener> listeners = new CopyOnWriteArrayList<>();

    ExitRecorder(Runtime runtime, Clock clock) {
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    void addListener(ExitListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * How the instance ended, with its last lines when someone listens; empty when it cannot be read.
     * @param exitCode the code the engine saw, null when unknown
     */
    Optional<InstanceExit> record(AppKey app, String instanceId, Integer exitCode) {
        try {
            InstanceExit exit = read(app, instanceId, exitCode, !listeners.isEmpty());
            for (ExitListener listener : listeners) {
                listener.exited(exit);
            }
            return Optional.of(exit);
        } catch (RuntimeException e) {
            LOG.warn("could not keep the exit of instance {} of {}: {}", instanceId, app, e.toString());
            return Optional.empty();
        }
    }

    private InstanceExit read(AppKey app, String instanceId, Integer exitCode, boolean withLines) {
        ExitState state = runtime instanceof SupportsExits exits ? exits.exitState(instanceId).orElse(null) : null;
        int code = state != null ? state.exitCode() : exitCode == null ? -1 : exitCode;
        boolean oom = state != null && state.oomKilled();
        List<String> lines = withLines && runtime instanceof SupportsLogs logs
                ? logs.logs(instanceId, LogQuery.tail(InstanceExit.KEPT_LINES)).orElse(List.of()) : List.of();
        return new InstanceExit(app, instanceId, code, InstanceExit.reason(code, oom),
                state != null && state.finishedAt() != null ? state.finishedAt() : clock.instant(), lines);
    }
}
