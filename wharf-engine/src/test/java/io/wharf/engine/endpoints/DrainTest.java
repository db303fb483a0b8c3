package io.wharf.engine.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.DefaultEngine;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An instance leaves its app's endpoints, then the engine waits for the requests it serves, then stops it. */
class DrainTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRuntime runtime = new InMemoryRuntime();
    private final Gateway gateway = new Gateway();
    private DefaultEngine engine;

    /** A listener that routes requests: the drain of an address lasts until the test lets it end. */
    private static final class Gateway implements EndpointListener, Drain {
        final Map<AppKey, List<Endpoint>> routed = new ConcurrentHashMap<>();
        final Map<Integer, Duration> drainsAsked = new ConcurrentHashMap<>();
        final Set<Integer> routedWhileDraining = ConcurrentHashMap.newKeySet();
        final CountDownLatch requestsAnswered = new CountDownLatch(1);

        @Override
        public void endpointsChanged(AppKey key, App app, List<Endpoint> ready) {
            routed.put(key, ready);
        }

        @Override
        public boolean awaitDrained(String host, int port, Duration max) {
            drainsAsked.put(port, max);
            if (routed.getOrDefault(WEB, List.of()).stream().anyMatch(e -> e.port() == port)) {
                routedWhileDraining.add(port);
            }
            try {
                return requestsAnswered.await(max.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    @BeforeEach
    void startEngine() {
        store.createSystem(new SystemSpec("demo", null, Instant.now()));
        engine = new DefaultEngine(store, runtime, new EngineSettings(4, Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofMillis(50)), Clock.systemUTC());
        engine.addEndpointListener(gateway);
        engine.start();
    }

    @AfterEach
    void stop() {
        gateway.requestsAnswered.countDown();
        engine.close();
        runtime.close();
    }

    private App create(int replicas, Integer stopGraceSeconds) {
        Instant now = Instant.now();
        AppTemplate template = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, Map.of(), null, null,
                List.of(), List.of(), List.of(), stopGraceSeconds);
        App app = new App(WEB.system(), WEB.app(), replicas, template, 1, now, now);
        store.createApp(app);
        engine.appChanged(WEB);
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.routed.getOrDefault(WEB, List.of()).size() == replicas);
        return app;
    }

    private void scale(App app, int replicas) {
        store.updateApp(app.withReplicas(replicas, Instant.now()));
        engine.appChanged(WEB);
    }

    private Set<Integer> runningPorts() {
        return runtime.running(WEB).stream().map(i -> i.port()).collect(Collectors.toSet());
    }

    @Test
    void anInstanceLeavingIsStoppedOnlyOnceTheRequestsInFlightToItAreAnswered() {
        App app = create(3, null);
        Set<Integer> before = runningPorts();

        scale(app, 1);

        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.drainsAsked.size() == 2);
        assertThat(gateway.routedWhileDraining).as("drained only after it left the endpoints").isEmpty();
        assertThat(runningPorts()).as("nothing stopped while requests are in flight").isEqualTo(before);
        assertThat(gateway.drainsAsked.values()).allSatisfy(max ->
                assertThat(max).isBetween(Duration.ofSeconds(29), Duration.ofSeconds(30)));
        assertThat(engine.instances(WEB)).filteredOn(i -> i.state().equals("terminating")).hasSize(2);

        gateway.requestsAnswered.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> runningPorts().size() == 1);
        assertThat(before).containsAll(runningPorts()).containsAll(gateway.drainsAsked.keySet());
    }

    @Test
    void theDrainLastsAtMostTheAppsGracePeriodAndTheStopThenHasItsOwn() {
        App app = create(2, 1);

        scale(app, 1);

        await().atMost(Duration.ofSeconds(10)).until(() -> runningPorts().size() == 1);
        assertThat(gateway.drainsAsked.values()).singleElement().satisfies(max ->
                assertThat(max).isBetween(Duration.ofMillis(900), Duration.ofSeconds(1)));
        assertThat(runtime.graces()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aStartWaitsForNoDrain() {
        App app = create(2, null);
        scale(app, 1);
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.drainsAsked.size() == 1);

        scale(app, 3);

        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.routed.get(WEB).size() == 3);
        assertThat(runtime.graces()).as("the instance leaving is still draining").isEmpty();
    }
}
