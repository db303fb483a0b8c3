package io.wharf.engine.health;

import io.wharf.engine.EngineSettings;
import io.wharf.engine.Events;
import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.engine.Threads;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.HealthCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the readiness checks of every live instance: often while an instance is not ready yet, so
 * that a new instance joins quickly, then every {@code periodSeconds}. A ready instance turns
 * unready after {@code failureThreshold} failures in a row. Each change of readiness is recorded
 * and handed to {@code onChange}; the last answer of each instance is kept in {@link #results()}.
 */
public final class HealthProber implements AutoCloseable {
    private final InstanceCache cache;
    private final Function<AppKey, Optional<App>> apps;
    private final Events events;
    private final Consumer<AppKey> onChange;
    private final EngineSettings settings;
    private final Clock clock;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final ProbeResults results = new ProbeResults();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(Threads.named("probe-tick"));
    private final ExecutorService probes = Executors.newFixedThreadPool(4, Threads.named("probe"));

    public HealthProber(InstanceCache cache, Function<AppKey, Optional<App>> apps, Events events,
                        Consumer<AppKey> onChange, EngineSettings settings, Clock clock) {
        this.cache = cache;
        this.apps = apps;
        this.events = events;
        this.onChange = onChange;
        this.settings = settings;
        this.clock = clock;
    }

    public void start() {
        long every = Math.max(10, settings.unreadyProbeInterval().toMillis() / 2);
        ticker.scheduleWithFixedDelay(this::tick, every, every, TimeUnit.MILLISECONDS);
    }

    /** The last check of each instance, read-only for others. */
    public ProbeResults results() {
        return results;
    }

    void tick() {
        Instant now = clock.instant();
        results.retain(cache.all().stream().filter(ObservedInstance::live).map(ObservedInstance::id)
                .collect(Collectors.toSet()));
        for (ObservedInstance instance : cache.all()) {
            if (!instance.live() || instance.instance().port() == null) {
                continue;
            }
            apps.apply(instance.instance().app())
                    .map(App::template)
                    .filter(template -> template.healthCheck() != null && due(instance, template.healthCheck(), now))
                    .ifPresent(template -> submit(instance, template.healthCheck(), template.port()));
        }
    }

    private boolean due(ObservedInstance instance, HealthCheck check, Instant now) {
        Duration interval = instance.ready() ? Duration.ofSeconds(check.periodSeconds()) : settings.unreadyProbeInterval();
        return !inFlight.contains(instance.id()) && !now.isBefore(instance.lastProbe().plus(interval));
    }

    private void submit(ObservedInstance instance, HealthCheck check, Integer appPort) {
        inFlight.add(instance.id());
        probes.execute(() -> {
            try {
                ProbeAnswer answer = Probe.answer(check, instance.instance().host(), instance.instance().port());
                Integer port = check.effectivePort(appPort);
                results.record(instance.id(), describe(check), port == null ? 0 : port, answer, clock.instant());
                record(instance.id(), check, answer);
            } finally {
                inFlight.remove(instance.id());
            }
        });
    }

    private static String describe(HealthCheck check) {
        return check.type() == HealthCheck.Type.HTTP ? "GET " + check.path() : "TCP connect";
    }

    private void record(String id, HealthCheck check, ProbeAnswer answer) {
        boolean ok = answer.passed();
        Instant now = clock.instant();
        ObservedInstance[] before = new ObservedInstance[1];
        Optional<ObservedInstance> after = cache.update(id, current -> {
            before[0] = current;
            int failures = ok ? 0 : current.probeFailures() + 1;
            boolean ready = ok || (current.ready() && failures < check.failureThreshold());
            return current.withProbe(ready && current.live(), failures, now);
        });
        if (after.isEmpty() || before[0].ready() == after.get().ready()) {
            return;
        }
        AppKey app = after.get().instance().app();
        if (after.get().ready()) {
            events.normal(app, "Ready", "instance " + id + " is ready");
        } else {
            events.warning(app, "Unhealthy", "instance " + id + " failed " + check.failureThreshold()
                    + " readiness checks in a row: " + describe(check) + " " + answer.describe());
        }
        onChange.accept(app);
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        probes.shutdownNow();
    }
}
