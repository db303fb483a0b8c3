package io.wharf.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstanceCacheTest {
    private static final AppKey WEB = new AppKey("demo", "web");
    private static final AppKey API = new AppKey("demo", "api");
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
    private final InstanceCache cache = new InstanceCache();

    private static ObservedInstance instance(String id, AppKey app, Instant startedAt) {
        return ObservedInstance.of(new RuntimeInstance(id, app, 1, RuntimeInstance.State.RUNNING, null, null, startedAt,
                0, null), false);
    }

    @Test
    void anAppsInstancesAreListedOldestFirstAndOnlyThose() {
        cache.put(instance("web-new", WEB, T0.plusSeconds(20)));
        cache.put(instance("api-1", API, T0));
        cache.put(instance("web-old", WEB, T0));
        cache.put(instance("web-mid", WEB, T0.plusSeconds(10)));

        assertThat(cache.of(WEB)).extracting(ObservedInstance::id).containsExactly("web-old", "web-mid", "web-new");
        assertThat(cache.of(API)).extracting(ObservedInstance::id).containsExactly("api-1");
        assertThat(cache.of(new AppKey("other", "web"))).isEmpty();
    }

    @Test
    void instancesWithoutAStartTimeComeLastAndTiesAreOrderedById() {
        cache.put(instance("web-c", WEB, null));
        cache.put(instance("web-b", WEB, T0));
        cache.put(instance("web-a", WEB, T0));
        cache.put(instance("web-0", WEB, null));

        assertThat(cache.of(WEB)).extracting(ObservedInstance::id).containsExactly("web-a", "web-b", "web-0", "web-c");
    }

    @Test
    void putReplacesWhatWasKnownOfAnInstance() {
        cache.put(instance("web-1", WEB, T0));
        cache.put(instance("web-1", WEB, T0).asTerminating());

        assertThat(cache.get("web-1")).hasValueSatisfying(i -> assertThat(i.terminating()).isTrue());
        assertThat(cache.all()).hasSize(1);
    }

    @Test
    void updateChangesAKnownInstanceAndReturnsTheNewValue() {
        cache.put(instance("web-1", WEB, T0));

        assertThat(cache.update("web-1", ObservedInstance::asTerminating))
                .hasValueSatisfying(i -> assertThat(i.terminating()).isTrue());
        assertThat(cache.get("web-1")).hasValueSatisfying(i -> assertThat(i.terminating()).isTrue());
    }

    @Test
    void updatingAnUnknownInstanceAddsNothing() {
        assertThat(cache.update("web-1", ObservedInstance::asTerminating)).isEmpty();
        assertThat(cache.get("web-1")).isEmpty();
    }

    @Test
    void removeReturnsWhatWasKnownOnce() {
        cache.put(instance("web-1", WEB, T0));

        assertThat(cache.remove("web-1")).hasValueSatisfying(i -> assertThat(i.id()).isEqualTo("web-1"));
        assertThat(cache.remove("web-1")).isEmpty();
        assertThat(cache.of(WEB)).isEmpty();
    }

    @Test
    void allIsASnapshotThatLaterChangesDoNotAffect() {
        cache.put(instance("web-1", WEB, T0));
        var snapshot = cache.all();

        cache.put(instance("web-2", WEB, T0));
        cache.remove("web-1");

        assertThat(snapshot).extracting(ObservedInstance::id).containsExactly("web-1");
    }

    @Test
    void aLateStartResultKeepsTheReadinessAProbeAlreadyFound() {
        cache.put(instance("web-1", WEB, T0).withProbe(true, 0, T0));

        cache.merge(instance("web-1", WEB, T0.plusSeconds(1)));

        assertThat(cache.get("web-1")).get().satisfies(i -> {
            assertThat(i.ready()).isTrue();
            assertThat(i.instance().startedAt()).isEqualTo(T0.plusSeconds(1));
        });
    }

    @Test
    void aLateStartResultNeverBringsAnInstanceThatExitedBackToRunning() {
        cache.put(ObservedInstance.of(new RuntimeInstance("job-1", WEB, 1, RuntimeInstance.State.EXITED, null, null, T0,
                0, 0), false));

        cache.merge(instance("job-1", WEB, T0).withProbe(true, 0, T0));

        assertThat(cache.get("job-1")).get().satisfies(i -> {
            assertThat(i.instance().state()).isEqualTo(RuntimeInstance.State.EXITED);
            assertThat(i.instance().exitCode()).isZero();
        });
    }

    @Test
    void aLateRuntimeEventNeverOverwritesWhatTheEngineRecorded() {
        cache.put(instance("web-1", WEB, T0).withProbe(true, 0, T0));

        cache.putIfAbsent(instance("web-1", WEB, T0));

        assertThat(cache.get("web-1")).get().extracting(ObservedInstance::ready).isEqualTo(true);
    }
}
