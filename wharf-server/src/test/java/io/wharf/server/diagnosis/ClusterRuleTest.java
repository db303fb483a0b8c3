package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Instance;
import org.junit.jupiter.api.Test;

class ClusterRuleTest {
    @Test
    void unknownInstancesNameTheirCluster() {
        Facts facts = Given.app()
                .instance(new Instance("web-1", Instance.UNKNOWN, false, null, 1, 0, null, "idc-b"))
                .instance(new Instance("web-2", Instance.UNKNOWN, false, null, 1, 0, null, "idc-b"))
                .instance(new Instance("web-3", "running", true, null, 1, 0, null, "idc-a")).facts();

        assertThat(new ClusterRule().apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ClusterUnreachable);
            assertThat(f.message()).isEqualTo("cluster idc-b cannot be reached: 2 instances are unknown");
            assertThat(f.evidence()).containsExactly("cluster idc-b: 2 instances in state unknown");
        });
    }

    @Test
    void knownInstancesGiveNoFinding() {
        assertThat(new ClusterRule().apply(Given.app().instance("hello-a", false, 1).facts())).isEmpty();
    }
}
