package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.wharf.engine.store.InMemoryStore;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.SystemSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EventsTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private static final AppKey WEB = new AppKey("demo", "web");
    private final InMemoryStore store = new InMemoryStore();
    private final Events events = new Events(store, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void normalAndWarningEventsAreStoredOnTheAppWithTheTimeTheyHappened() {
        store.createSystem(new SystemSpec("demo", null, NOW));
        store.createApp(new App("demo", "web", 1, new AppTemplate("hello", null, null, null, null, null, null), 1, NOW, NOW));

        events.normal(WEB, "Started", "started instance web-bcdfg");
        events.warning(WEB, "Exited", "instance web-bcdfg exited with code 1");

        assertThat(store.events(WEB)).containsExactly(
                new AppEvent(NOW, AppEvent.NORMAL, "Started", "started instance web-bcdfg"),
                new AppEvent(NOW, AppEvent.WARNING, "Exited", "instance web-bcdfg exited with code 1"));
    }

    @Test
    void anEventForAnAppThatWasDeletedMeanwhileIsDroppedWithoutFailingTheCaller() {
        assertThatNoException().isThrownBy(() -> events.warning(WEB, "Exited", "instance web-bcdfg exited"));
        assertThat(store.events(WEB)).isEmpty();
    }
}
