package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapacityRuleTest {
    private static final long GI = 1L << 30;
    private final CapacityRule rule = new CapacityRule();

    @Test
    void anInstanceLargerThanEveryPlacedClusterFitsNowhere() {
        Facts facts = Given.app().cluster(new ClusterRoom("idc-a", 1, true, 1, 2000L, 8 * GI, 4000, 64L << 20)).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.NoCapacity);
            assertThat(f.message()).isEqualTo("no cluster has capacity for 4 CPU");
            assertThat(f.evidence()).containsExactly("cluster idc-a: 2 CPU and 8Gi memory allocatable on 1 node together;"
                    + " each instance requests 4 CPU and 64Mi memory");
        });
    }

    @Test
    void oneClusterTooSmallAmongOthersIsNamedWithItsShare() {
        Facts facts = Given.app()
                .cluster(new ClusterRoom("idc-a", 2, true, 3, 24000L, GI, 1000, 2 * GI))
                .cluster(new ClusterRoom("idc-b", 2, true, 3, 24000L, 96 * GI, 1000, 2 * GI)).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("cluster idc-a has no capacity for 2Gi memory (its 2 instances cannot start)"));
    }

    @Test
    void roomEnoughAnUnreachableClusterOrNoShareGiveNoFinding() {
        Facts facts = Given.app()
                .cluster(new ClusterRoom("idc-a", 1, true, 1, 4000L, GI, 4000, GI))
                .cluster(new ClusterRoom("idc-b", 1, false, null, null, null, 4000, GI))
                .cluster(new ClusterRoom("idc-c", 0, true, 1, 1000L, GI, 4000, GI)).facts();

        assertThat(rule.apply(facts)).isEmpty();
    }
}
