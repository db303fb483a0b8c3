package io.wharf.engine.runtime;

import io.wharf.engine.EngineException;
import io.wharf.engine.Threads;
import io.wharf.model.AppKey;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * An {@link InstanceRuntime} that runs nothing: instances are records in a map. Like a real runtime it reports
 * what happens as events on its own thread, in order, after the fact: STARTED when an instance starts,
 * DIED when it stops (removed by Wharf, or {@link #exit exited} on its own) and REMOVED when it is gone.
 * Tests steer it: make starts fail, let instances exit, find instances left by an earlier server.
 *
 * <p>It cannot pass {@code RuntimeContractTest}: that contract runs a {@code /bin/sh} command with its
 * environment and expects its exit code back, and an in-memory runtime runs no command.
 */
public final class InMemoryRuntime implements InstanceRuntime, SupportsLogs, SupportsExec {
    /** The exit code of a process ended by SIGTERM, as a real runtime reports it. */
    public static final int TERMINATED = 143;
    private static final String PULL = "pull:";
    private final Clock clock;
    private final Map<String, RuntimeInstance> instances = new ConcurrentHashMap<>();
    private final Map<String, InstanceSpec> specs = new ConcurrentHashMap<>();
    private final List<Consumer<RuntimeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService eventThread = Executors.newSingleThreadExecutor(Threads.named("in-memory-runtime-events"));
    private final AtomicInteger startAttempts = new AtomicInteger();
    private final List<String> removedByWharf = new CopyOnWriteArrayList<>();
    private final List<Duration> graces = new CopyOnWriteArrayList<>();
    private volatile boolean ignoresSigterm;
    private final AtomicInteger nextPort = new AtomicInteger(40_000);
    private volatile Function<InstanceSpec, String> startFailure = spec -> null;
    private volatile InetSocketAddress publishAt;
    private final PrintedLines printed;
    private final ScriptedExec execs = new ScriptedExec();

    public InMemoryRuntime() {
        this(Clock.systemUTC());
    }

    public InMemoryRuntime(Clock clock) {
        this.clock = clock;
        this.printed = new PrintedLines(clock);
    }

    // ---- steering, for tests

    /** Every start from now on fails with this reason (null: starts succeed again). */
    public InMemoryRuntime failStarts(String reason) {
        startFailure = spec -> reason;
        return this;
    }

    /** Every start of this image from now on fails as a pull that the registry refused, with this reason. */
    public InMemoryRuntime failPulls(String image, String reason) {
        Function<InstanceSpec, String> before = startFailure;
        startFailure = spec -> spec.image().equals(image) ? PULL + reason : before.apply(spec);
        return this;
    }

    /** Instances that publish a port are reachable at this address from now on (default: 127.0.0.1, a made-up port). */
    public InMemoryRuntime publishAt(InetSocketAddress address) {
        publishAt = address;
        return this;
    }

    /** An instance that was there before anyone watched, for example one left by an earlier server. */
    public InMemoryRuntime existing(RuntimeInstance instance) {
        instances.put(instance.id(), instance);
        return this;
    }

    /** The instance's process ends by itself with {@code exitCode}; the runtime reports it DIED. */
    public void exit(String instanceId, int exitCode) {
        RuntimeInstance now = instances.computeIfPresent(instanceId, (id, i) -> exited(i, exitCode));
        if (now == null) {
            throw new IllegalArgumentException("no instance " + instanceId);
        }
        emit(RuntimeEvent.Type.DIED, now);
    }

    /** The instance prints these lines now. */
    public void print(String instanceId, String... lines) {
        printed.print(instanceId, lines);
    }

    /** Commands run in the instances end as this says, and are recorded there. */
    public ScriptedExec execs() {
        return execs;
    }

    /** Every instance's PID 1 ignores SIGTERM, as busybox httpd does: a remove waits out the whole grace period. */
    public InMemoryRuntime ignoringSigterm() {
        ignoresSigterm = true;
        return this;
    }

    /** The grace period of each remove, in order. */
    public List<Duration> graces() {
        return List.copyOf(graces);
    }

    /** Someone removed the instance behind Wharf's back (for example with {@code podman rm -f}). */
    public void removeOutsideWharf(String instanceId) {
        stopAndRemove(instanceId);
    }

    /** The instance disappears and watchers are not told, as when the runtime's event stream broke. */
    public void loseWithoutEvents(String instanceId) {
        instances.remove(instanceId);
    }

    /** How many starts were asked for, failed ones included. */
    public int startAttempts() {
        return startAttempts.get();
    }

    /** The ids of instances Wharf removed, in order. */
    public List<String> removedByWharf() {
        return List.copyOf(removedByWharf);
    }

    /** The spec an instance was started with. */
    public Optional<InstanceSpec> spec(String instanceId) {
        return Optional.ofNullable(specs.get(instanceId));
    }

    /** The app's running instances. */
    public List<RuntimeInstance> running(AppKey app) {
        return instances.values().stream().filter(i -> i.app().equals(app) && i.running()).toList();
    }

    /** A running instance of {@code app}, made the way a real runtime would report it. */
    public static RuntimeInstance runningInstance(String id, AppKey app, long revision) {
        return new RuntimeInstance(id, app, revision, RuntimeInstance.State.RUNNING, "127.0.0.1", 40_000, null, 0, null);
    }

    // ---- the InstanceRuntime SPI

    @Override
    public String name() {
        return "in-memory";
    }

    @Override
    public RuntimeInstance start(InstanceSpec spec) {
        startAttempts.incrementAndGet();
        String failure = startFailure.apply(spec);
        if (failure != null && failure.startsWith(PULL)) {
            throw new ImagePullException("pulling " + spec.image() + ": " + failure.substring(PULL.length()));
        }
        if (failure != null) {
            throw new EngineException("cannot start " + spec.id() + " from " + spec.image() + ": " + failure);
        }
        String host = null;
        Integer port = null;
        if (spec.port() != null) {
            InetSocketAddress at = publishAt;
            host = at == null ? "127.0.0.1" : at.getHostString();
            port = at == null ? nextPort.getAndIncrement() : at.getPort();
        }
        RuntimeInstance started = new RuntimeInstance(spec.id(), spec.app(), spec.revision(), RuntimeInstance.State.RUNNING,
                host, port, clock.instant(), 0, null);
        if (instances.putIfAbsent(spec.id(), started) != null) {
            throw new EngineException("an instance named " + spec.id() + " exists already");
        }
        specs.put(spec.id(), spec);
        emit(RuntimeEvent.Type.STARTED, started);
        return started;
    }

    @Override
    public void remove(String instanceId, Duration grace) {
        graces.add(grace);
        if (ignoresSigterm && instances.containsKey(instanceId)) {
            try {
                Thread.sleep(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (stopAndRemove(instanceId)) {
            removedByWharf.add(instanceId);
        }
    }

    private boolean stopAndRemove(String instanceId) {
        RuntimeInstance before = instances.get(instanceId);
        if (before == null) {
            return false;
        }
        if (before.running()) {
            RuntimeInstance stopped = exited(before, TERMINATED);
            instances.replace(instanceId, stopped);
            emit(RuntimeEvent.Type.DIED, stopped);
        }
        RuntimeInstance gone = instances.remove(instanceId);
        if (gone != null) {
            emit(RuntimeEvent.Type.REMOVED, gone);
        }
        return gone != null;
    }

    @Override
    public Optional<RuntimeInstance> inspect(String instanceId) {
        return Optional.ofNullable(instances.get(instanceId));
    }

    @Override
    public List<RuntimeInstance> list() {
        return List.copyOf(instances.values());
    }

    @Override
    public Optional<List<String>> logs(String instanceId, LogQuery query) {
        return instances.containsKey(instanceId) ? Optional.of(printed.read(instanceId, query)) : Optional.empty();
    }

    @Override
    public Optional<ExecResult> exec(String instanceId, List<String> command, Duration timeout) {
        return instances.containsKey(instanceId) ? Optional.of(execs.run(instanceId, command)) : Optional.empty();
    }

    @Override
    public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells watchers that events may have been missed, as a runtime does after its stream broke. */
    public void resync() {
        deliver(RuntimeEvent.resync());
    }

    @Override
    public void close() {
        eventThread.shutdownNow();
    }

    private static RuntimeInstance exited(RuntimeInstance i, int exitCode) {
        return new RuntimeInstance(i.id(), i.app(), i.revision(), RuntimeInstance.State.EXITED, i.host(), i.port(),
                i.startedAt(), i.restarts(), exitCode);
    }

    private void emit(RuntimeEvent.Type type, RuntimeInstance instance) {
        deliver(new RuntimeEvent(type, instance.id(), instance.app()));
    }

    private void deliver(RuntimeEvent event) {
        try {
            eventThread.execute(() -> listeners.forEach(listener -> {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    // a real event stream goes on when a listener fails; so does this one
                }
            }));
        } catch (RejectedExecutionException closed) {
            // closed: nobody is listening any more
        }
    }
}
