package io.wharf.engine;

import io.wharf.engine.runtime.InMemoryRuntime;
import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** A started engine on an in-memory store and runtime, with the system {@code demo}. */
final class EngineOnMemory implements AutoCloseable {
    final InMemoryStore store = new InMemoryStore();
    final InMemoryRuntime runtime = new InMemoryRuntime();
    final DefaultEngine engine;

    EngineOnMemory(EngineSettings settings) {
        store.createSystem(new SystemSpec("demo", "the test system", Instant.now()));
        engine = new DefaultEngine(store, runtime, settings, Clock.systemUTC());
        engine.start();
    }

    void create(AppKey key, int replicas, AppTemplate template) {
        Instant now = Instant.now();
        store.createApp(new App(key.system(), key.app(), replicas, template, 1, now, now));
        engine.appChanged(key);
    }

    List<AppEvent> events(AppKey key, String reason) {
        return store.events(key).stream().filter(e -> e.reason().equals(reason)).toList();
    }

    @Override
    public void close() {
        engine.close();
        runtime.close();
    }
}
