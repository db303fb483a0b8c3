package io.wharf.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.InstanceCache;
import io.wharf.engine.ObservedInstance;
import io.wharf.engine.colocation.Resources;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalNodeTest {
    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");
    private final App web = app("web", AppType.ONLINE);
    private final App hog = app("hog", AppType.OFFLINE);
    private final InstanceCache cache = new InstanceCache();
    private final LocalNode node = new LocalNode(new Resources(1000, 1L << 30), cache,
            key -> Optional.ofNullable(Map.of(web.key(), web, hog.key(), hog).get(key)), () -> T0);

    private static App app(String name, AppType type) {
        return new App("demo", name, 1, new AppTemplate("img", null, type, null, null,
                new io.wharf.model.Resources("1", null), null), 1, T0, T0);
    }

    private void running(App app, String id) {
        cache.put(ObservedInstance.of(new RuntimeInstance(id, app.key(), 1, RuntimeInstance.State.RUNNING, null, null, T0,
                0, null), true));
    }

    @Test
    void anOfflineInstanceStillStartingIsNotEvictedTheOnlineOneWaitsForItsStartThenEvictsIt() {
        assertThat(node.admit(hog, "hog-1")).contains(List.of());

        assertThat(node.admit(web, "web-1")).as("it cannot be stopped before it runs").isEmpty();

        running(hog, "hog-1");
        node.settled("hog-1");
        assertThat(node.admit(web, "web-1")).contains(List.of("hog-1"));
        assertThat(node.admit(hog, "hog-2")).as("the evicted instance's room is the online one's").isEmpty();
    }

    @Test
    void anInstanceThatEndedHoldsNoRoom() {
        running(web, "web-1");
        cache.update("web-1", o -> o.withInstance(new RuntimeInstance("web-1", web.key(), 1, RuntimeInstance.State.EXITED,
                null, null, T0, 0, 1)));

        assertThat(node.admit(web, "web-2")).contains(List.of());
        assertThat(node.shortage(web)).contains("each asks for 1 CPU", "online apps reserve 1 CPU");
    }

    @Test
    void withoutACapacityEveryInstanceIsAdmitted() {
        LocalNode unlimited = new LocalNode(null, cache, key -> Optional.of(web), () -> T0);
        running(web, "web-1");

        assertThat(unlimited.admit(web, "web-2")).contains(List.of());
    }
}
