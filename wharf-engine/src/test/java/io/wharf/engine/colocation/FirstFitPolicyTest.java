package io.wharf.engine.colocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstFitPolicyTest {
    private static final Resources NODE = new Resources(4000, 8L << 30);

    private static Placed placed(String id, WorkClass workClass, long milli) {
        Resources request = new Resources(milli, 1L << 30);
        return new Placed(new Demand(id, workClass, request), new Resources(milli / 10, 1L << 30), 1);
    }

    @Test
    void theFirstNodeWhoseFreeResourcesHoldTheRequestIsChosenWhateverIsIdle() {
        NodeLoad full = new NodeLoad("n1", NODE, List.of(placed("a", WorkClass.ONLINE, 3500)));
        NodeLoad free = new NodeLoad("n2", NODE, List.of(placed("b", WorkClass.OFFLINE, 1000)));
        Demand demand = new Demand("c", WorkClass.ONLINE, new Resources(1000, 1L << 30));

        assertThat(new FirstFitPolicy().place(demand, List.of(full, free)))
                .hasValueSatisfying(p -> {
                    assertThat(p.node()).isEqualTo("n2");
                    assertThat(p.evict()).isEmpty();
                });
    }

    @Test
    void anOnlineDemandWaitsWhenOfflineRequestsTookTheRoom() {
        NodeLoad node = new NodeLoad("n1", NODE, List.of(placed("job", WorkClass.BATCH, 3500)));

        assertThat(new FirstFitPolicy().place(new Demand("web", WorkClass.ONLINE, new Resources(1000, 1L << 30)),
                List.of(node))).isEmpty();
    }
}
