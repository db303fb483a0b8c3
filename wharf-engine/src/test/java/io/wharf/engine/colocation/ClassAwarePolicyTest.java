package io.wharf.engine.colocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassAwarePolicyTest {
    private static final Resources NODE = new Resources(4000, 8L << 30);
    private final ClassAwarePolicy policy = new ClassAwarePolicy(2.0);

    private static Placed online(String id, long requestMilli, long usedMilli, long at) {
        return new Placed(new Demand(id, WorkClass.ONLINE, new Resources(requestMilli, 1L << 30)),
                new Resources(usedMilli, 1L << 30), at);
    }

    private static Placed offline(String id, long milli, long at) {
        Resources request = new Resources(milli, 1L << 30);
        return new Placed(new Demand(id, WorkClass.OFFLINE, request), request, at);
    }

    private static Demand demand(String id, WorkClass workClass, long milli) {
        return new Demand(id, workClass, new Resources(milli, 1L << 30));
    }

    @Test
    void offlineWorkRunsInWhatOnlineWorkLeavesIdle() {
        NodeLoad node = new NodeLoad("n1", NODE, List.of(online("web", 3000, 1000, 1)));

        assertThat(policy.place(demand("job", WorkClass.OFFLINE, 2500), List.of(node)))
                .hasValueSatisfying(p -> assertThat(p.node()).isEqualTo("n1"));
        assertThat(new FirstFitPolicy().place(demand("job", WorkClass.OFFLINE, 2500), List.of(node))).isEmpty();
    }

    @Test
    void offlineWorkWaitsWhenTheIdleRoomOrTheOvercommitRatioIsUsedUp() {
        NodeLoad busy = new NodeLoad("n1", NODE, List.of(online("web", 3000, 2900, 1)));
        NodeLoad overcommitted = new NodeLoad("n2", NODE, List.of(online("web", 4000, 100, 1),
                offline("a", 3000, 2)));

        assertThat(policy.place(demand("job", WorkClass.BATCH, 1500), List.of(busy))).isEmpty();
        assertThat(policy.place(demand("job", WorkClass.BATCH, 800), List.of(overcommitted))).isPresent();
        assertThat(new ClassAwarePolicy(1.5).place(demand("job", WorkClass.BATCH, 800), List.of(overcommitted)))
                .isEmpty();
    }

    @Test
    void anOnlineInstanceEvictsOfflineInstancesNewestFirstAndNeverWaits() {
        NodeLoad node = new NodeLoad("n1", NODE, List.of(online("web", 1000, 1000, 1), offline("old", 1000, 2),
                offline("mid", 1000, 3), offline("new", 1000, 4)));

        assertThat(policy.place(demand("web-2", WorkClass.ONLINE, 2000), List.of(node)))
                .hasValueSatisfying(p -> assertThat(p.evict()).containsExactly("new", "mid"));
    }

    @Test
    void anOnlineInstancePrefersTheNodeThatNeedsTheFewestEvictions() {
        NodeLoad full = new NodeLoad("n1", NODE, List.of(offline("a", 2000, 1), offline("b", 2000, 2)));
        NodeLoad roomy = new NodeLoad("n2", NODE, List.of(offline("c", 2000, 3)));

        assertThat(policy.place(demand("web", WorkClass.ONLINE, 2000), List.of(full, roomy)))
                .hasValueSatisfying(p -> {
                    assertThat(p.node()).isEqualTo("n2");
                    assertThat(p.evict()).isEmpty();
                });
    }

    @Test
    void onlineReservationsAreNeverOvercommitted() {
        NodeLoad node = new NodeLoad("n1", NODE, List.of(online("web", 3500, 100, 1)));

        assertThat(policy.place(demand("api", WorkClass.ONLINE, 1000), List.of(node))).isEmpty();
    }

    @Test
    void whenOnlineUsageRisesTheNewestOfflineInstancesLeaveUntilItFits() {
        NodeLoad node = new NodeLoad("n1", NODE, List.of(online("web", 3000, 2500, 1), offline("old", 1000, 2),
                offline("new", 1000, 3)));

        assertThat(policy.evictions(node)).containsExactly("new");
        assertThat(new FirstFitPolicy().evictions(node)).isEmpty();
    }

    @Test
    void anOvercommitRatioBelowOneIsRefused() {
        assertThatThrownBy(() -> new ClassAwarePolicy(0.5)).hasMessageContaining("between 1 and 10");
    }
}
