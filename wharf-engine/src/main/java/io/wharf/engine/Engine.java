package io.wharf.engine;

import io.wharf.engine.endpoints.EndpointListener;
import io.wharf.engine.health.ProbeResult;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.SupportsImageDigests;
import io.wharf.engine.runtime.SupportsExec;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.engine.runtime.SupportsLogFollow;
import io.wharf.engine.runtime.LogSink;
import io.wharf.engine.runtime.SupportsTerminal;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.model.AppKey;
import io.wharf.model.Instance;
import io.wharf.model.Rollout;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps every app's instances in line with its desired state in the store. */
public interface Engine extends AutoCloseable {
    /** Adopts what already runs, removes what belongs to no app, and starts reconciling. */
    void start();

    /** The desired state of this app changed (created, updated or deleted): reconcile it soon. */
    void appChanged(AppKey app);

    /**
     * Follows every app's ready endpoints (for the gateway and DNS). Register before {@link #start()}
     * to hear about every app from the first reconcile on.
     */
    void addEndpointListener(EndpointListener listener);

    /** Where the rollout of the app's current release stands; empty before its first reconcile. */
    Optional<Rollout> rollout(AppKey app);

    /**
     * Pauses, resumes, promotes (canary) or aborts (rolls back) the app's rollout, between two
     * reconcile passes. Fails with {@link EngineException} saying why when the rollout is in no
     * state for that command.
     */
    Rollout command(AppKey app, RolloutCommand command, String who);

    /** The image named by its digest, if the runtime can tell (see {@link SupportsImageDigests}). */
    Optional<String> pinnedImage(String image);

    /** The app's instances as the engine sees them now, oldest first. */
    List<Instance> instances(AppKey app);

    /**
     * The last readiness check of each of the app's instances that the engine checks itself, by instance
     * id; an instance without a check yet, or checked by its cluster, is not in it. Read-only.
     */
    Map<String, ProbeResult> probeResults(AppKey app);

    /**
     * What the app's instance printed, as lines matching {@code query} (see {@link SupportsLogs}).
     * Empty when the app has no instance with this id, as for an instance of another app. Fails with
     * {@link EngineException} saying why when the instance's runtime cannot read its logs (it keeps
     * none, or cannot be reached).
     */
    Optional<List<String>> logs(AppKey app, String instanceId, LogQuery query);

    /**
     * Follows what the app's instance prints (see {@link SupportsLogFollow}) until the returned handle
     * is closed. Empty when the app has no instance with this id. Fails with {@link EngineException}
     * saying why when the instance's runtime cannot follow its logs.
     */
    Optional<AutoCloseable> follow(AppKey app, String instanceId, Instant since, int tail, LogSink sink);

    /** Hears of every instance that exits on its own, with its last lines, before it is replaced. */
    void addExitListener(ExitListener listener);

    /**
     * Runs {@code command} in the app's instance and waits at most {@code timeout} for it (see
     * {@link SupportsExec}). Empty when the app has no instance with this id, as for an instance of
     * another app. Fails with {@link EngineException} saying why when the instance's runtime cannot
     * run it (it runs no commands, or cannot be reached), and with
     * {@link io.wharf.engine.runtime.ExecTimeoutException} when it did not end in time.
     */
    Optional<ExecResult> exec(AppKey app, String instanceId, List<String> command, Duration timeout);

    /**
     * Starts {@code request}'s command in the app's instance with its input attached (see
     * {@link SupportsTerminal}); what it prints, then how it ended, go to {@code listener}. Empty when
     * the app has no instance with this id. Fails with {@link EngineException} saying why when the
     * instance's runtime cannot start it.
     */
    Optional<TerminalSession> terminal(AppKey app, String instanceId, TerminalRequest request, TerminalListener listener);

    @Override
    void close();
}
