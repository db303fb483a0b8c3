package io.wharf.engine.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.DefaultEngine;
import io.wharf.engine.EngineSettings;
import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.InstanceRuntime;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the gateway and DNS hear from the engine: each app's ready endpoints, as they change. */
class EngineEndpointsTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final AppTemplate HELLO = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, null);
    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryRuntime runtime = new InMemoryRuntime();
    private final Map<AppKey, List<Endpoint>> heard = new ConcurrentHashMap<>();
    private final Set<String> removedWhileRouted = ConcurrentHashMap.newKeySet();
    private DefaultEngine engine;

    @BeforeEach
    void startEngine() {
        store.createSystem(new SystemSpec("demo", null, Instant.now()));
        engine = new DefaultEngine(store, new RemovalWatch(), new EngineSettings(4, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMillis(50)), Clock.systemUTC());
        engine.addEndpointListener((key, app, ready) -> {
            if (app == null) {
                heard.remove(key);
            } else {
                heard.put(key, ready);
            }
        });
        engine.start();
    }

    /** The runtime, noting every instance that is still routed to at the moment it is removed. */
    private final class RemovalWatch implements InstanceRuntime {
        @Override
        public String name() {
            return runtime.name();
        }

        @Override
        public RuntimeInstance start(InstanceSpec spec) {
            return runtime.start(spec);
        }

        @Override
        public void remove(String instanceId, Duration grace) {
            if (heardIds().contains(instanceId)) {
                removedWhileRouted.add(instanceId);
            }
            runtime.remove(instanceId, grace);
        }

        @Override
        public Optional<RuntimeInstance> inspect(String instanceId) {
            return runtime.inspect(instanceId);
        }

        @Override
        public List<RuntimeInstance> list() {
            return runtime.list();
        }

        @Override
        public AutoCloseable watch(Consumer<RuntimeEvent> listener) {
            return runtime.watch(listener);
        }

        @Override
        public void close() {
        }
    }

    @AfterEach
    void stop() {
        engine.close();
        runtime.close();
    }

    private App create(int replicas) {
        Instant now = Instant.now();
        App app = new App(WEB.system(), WEB.app(), replicas, HELLO, 1, now, now);
        store.createApp(app);
        engine.appChanged(WEB);
        return app;
    }

    private Set<String> heardIds() {
        return heard.getOrDefault(WEB, List.of()).stream().map(Endpoint::instanceId).collect(Collectors.toSet());
    }

    @Test
    void everyReadyInstanceIsPublishedWithItsAddress() {
        create(3);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(heardIds())
                .isEqualTo(runtime.running(WEB).stream().map(i -> i.id()).collect(Collectors.toSet())).hasSize(3));
        assertThat(heard.get(WEB)).allSatisfy(e -> {
            assertThat(e.host()).isEqualTo("127.0.0.1");
            assertThat(e.revision()).isEqualTo(1);
        });
    }

    @Test
    void onScaleDownAnInstanceLeavesTheEndpointsBeforeItIsStopped() {
        App app = create(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> heardIds().size() == 3);

        store.updateApp(app.withReplicas(1, Instant.now()));
        engine.appChanged(WEB);

        await().atMost(Duration.ofSeconds(5)).until(() -> heardIds().size() == 1 && runtime.running(WEB).size() == 1);
        assertThat(removedWhileRouted).isEmpty();
    }

    @Test
    void anInstanceThatDiesLeavesTheEndpointsAndItsReplacementJoins() {
        create(2);
        await().atMost(Duration.ofSeconds(5)).until(() -> heardIds().size() == 2);
        String victim = heardIds().iterator().next();

        runtime.exit(victim, 137);

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(heardIds()).hasSize(2).doesNotContain(victim));
    }

    @Test
    void aDeletedAppIsWithdrawn() {
        create(1);
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.containsKey(WEB));

        store.deleteApp(WEB);
        engine.appChanged(WEB);

        await().atMost(Duration.ofSeconds(5)).until(() -> !heard.containsKey(WEB));
    }
}
