package io.wharf.engine.placement;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.DeploymentRuntime;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.PrintedLines;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.ScriptedExec;
import io.wharf.engine.runtime.SupportsExec;
import io.wharf.engine.runtime.SupportsLogs;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.TemplateFingerprint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** A cluster whose controllers start each applied app's instances at once, ready; it can be cut off. */
final class InMemoryCluster implements DeploymentRuntime, SupportsLogs, SupportsExec, SupportsPullFailures {
    private final String name;
    private final Map<AppKey, App> applied = new ConcurrentHashMap<>();
    private final Map<String, RuntimeInstance> instances = new ConcurrentHashMap<>();
    private final List<Consumer<RuntimeEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<String> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final PrintedLines printed = new PrintedLines(Clock.systemUTC());
    private final ScriptedExec execs = new ScriptedExec();
    private final Map<String, String> pullFailures = new ConcurrentHashMap<>();
    private volatile boolean connected = true;

    InMemoryCluster(String name) {
        this.name = name;
    }

    void disconnect() {
        connected = false;
    }

    void reconnect() {
        connected = true;
    }

    /** The instance's image cannot be pulled: it waits, not running and not ready, for this reason. */
    void failPull(String instanceId, String reason) {
        RuntimeInstance i = instances.get(instanceId);
        instances.put(instanceId, new RuntimeInstance(i.id(), i.app(), i.revision(), RuntimeInstance.State.CREATED,
                i.host(), i.port(), i.startedAt(), 0, null, i.template(), false));
        pullFailures.put(instanceId, reason);
        listeners.forEach(l -> l.accept(new RuntimeEvent(RuntimeEvent.Type.DIED, instanceId, i.app())));
    }

    @Override
    public Optional<String> pullFailure(String instanceId) {
        return Optional.ofNullable(pullFailures.get(instanceId));
    }

    /** The instance prints these lines now. */
    void print(String instanceId, String... lines) {
        printed.print(instanceId, lines);
    }

    /** Commands run in the instances end as this says, and are recorded there. */
    ScriptedExec execs() {
        return execs;
    }

    Optional<App> applied(AppKey key) {
        return Optional.ofNullable(applied.get(key));
    }

    /** Every apply that changed something and every delete, in order: "apply web 3", "delete web". */
    List<String> writes() {
        return List.copyOf(writes);
    }

    @Override
    public synchronized void apply(App app) {
        requireConnected();
        if (app.equals(applied.get(app.key()))) {
            return;
        }
        writes.add("apply " + app.name() + " " + app.replicas());
        applied.put(app.key(), app);
        String template = TemplateFingerprint.of(app.template());
        List<RuntimeInstance> mine = list().stream().filter(i -> i.app().equals(app.key())).toList();
        mine.stream().filter(i -> !template.equals(i.template())).forEach(i -> remove(i.id(), Duration.ZERO));
        for (int i = (int) mine.stream().filter(x -> template.equals(x.template())).count(); i < app.replicas(); i++) {
            String id = app.name() + "-" + name + "-" + ids.incrementAndGet();
            instances.put(id, new RuntimeInstance(id, app.key(), app.revision(), RuntimeInstance.State.RUNNING,
                    "10.0.0." + ids.get(), 8080, Instant.now(), 0, null, template, true));
            listeners.forEach(l -> l.accept(new RuntimeEvent(RuntimeEvent.Type.STARTED, id, app.key())));
        }
    }

    @Override
    public synchronized void delete(AppKey app) {
        requireConnected();
        writes.add("delete " + app.app());
        applied.remove(app);
        new ArrayList<>(instances.values()).stream().filter(i -> i.app().equals(app)).forEach(i -> remove(i.id(), Duration.ZERO));
    }

    private void requireConnected() {
        if (!connected) {
            throw new EngineException("cluster " + name + " refused the connection");
        }
    }

    @Override
    public boolean connected() {
        return connected;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void remove(String instanceId, Duration grace) {
        RuntimeInstance gone = instances.remove(instanceId);
        if (gone != null) {
            listeners.forEach(l -> l.accept(new RuntimeEvent(RuntimeEvent.Type.REMOVED, instanceId, gone.app())));
        }
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
        requireConnected();
        return instances.containsKey(instanceId) ? Optional.of(printed.read(instanceId, query)) : Optional.empty();
    }

    @Override
    public Optional<ExecResult> exec(String instanceId, List<String> command, Duration timeout) {
        requireConnected();
        return instances.containsKey(instanceId) ? Optional.of(execs.run(instanceId, command)) : Optional.empty();
    }

    @Override
    public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        listeners.clear();
    }
}
