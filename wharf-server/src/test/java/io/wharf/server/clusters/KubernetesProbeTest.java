package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class KubernetesProbeTest {
    private static Node node(String cpu, String memory) {
        return new NodeBuilder().withNewMetadata().withName("n").endMetadata().withNewStatus()
                .addToAllocatable("cpu", new Quantity(cpu)).addToAllocatable("memory", new Quantity(memory))
                .endStatus().build();
    }

    @Test
    void allocatableCapacityIsSummedOverNodesInCoresAndBinaryUnits() {
        ClusterHealth.Allocatable sum = KubernetesProbe.allocatable(List.of(node("4", "8Gi"), node("3500m", "4Gi")));

        assertThat(sum).isEqualTo(new ClusterHealth.Allocatable("7.5", "12Gi"));
    }

    @Test
    void memoryThatIsNotAWholeNumberOfKibibytesIsShownInBytes() {
        assertThat(KubernetesProbe.allocatable(List.of(node("1", "1000"))).memory()).isEqualTo("1000");
        assertThat(KubernetesProbe.allocatable(List.of(node("1", "1G"))).memory()).isEqualTo("1000000000");
    }

    @Test
    void nodesWithoutAStatusCountAsNothing() {
        Node bare = new NodeBuilder().withNewMetadata().withName("bare").endMetadata().build();

        assertThat(KubernetesProbe.allocatable(List.of(bare))).isEqualTo(new ClusterHealth.Allocatable("0", "0"));
    }
}
