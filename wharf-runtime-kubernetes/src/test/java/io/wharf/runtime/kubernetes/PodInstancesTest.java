package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.RuntimeInstance.State;
import io.wharf.model.AppKey;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodInstancesTest {
    private static final Map<String, String> LABELS = Map.of("wharf.io/system", "shop", "wharf.io/app", "web",
            "wharf.io/revision", "4", "wharf.io/template", "0123abcd");

    private static PodBuilder pod(Map<String, String> labels) {
        return new PodBuilder().withNewMetadata().withName("web-x7k2p").withNamespace("shop").withLabels(labels)
                .endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage("web:4")
                .addNewPort().withContainerPort(8080).endPort().endContainer().endSpec();
    }

    private static Pod running(boolean ready) {
        return pod(LABELS).withNewStatus().withPhase("Running").withPodIP("10.1.2.3")
                .withStartTime("2026-01-01T10:00:00Z")
                .addNewCondition().withType("Ready").withStatus(ready ? "True" : "False").endCondition()
                .addNewContainerStatus().withName("app").withRestartCount(2)
                .withNewState().withNewRunning().endRunning().endState().endContainerStatus()
                .endStatus().build();
    }

    @Test
    void aRunningPodIsARunningInstanceOfItsAppReachableAtThePodAddress() {
        RuntimeInstance instance = PodInstances.of(running(true)).orElseThrow();

        assertThat(instance).isEqualTo(new RuntimeInstance("web-x7k2p", new AppKey("shop", "web"), 4, State.RUNNING,
                "10.1.2.3", 8080, Instant.parse("2026-01-01T10:00:00Z"), 2, null, "0123abcd", true));
    }

    @Test
    void readinessComesFromTheReadyCondition() {
        assertThat(PodInstances.of(running(false)).orElseThrow().ready()).isFalse();
        assertThat(PodInstances.of(pod(LABELS).build()).orElseThrow().ready()).isFalse();
    }

    @Test
    void aPendingPodOrAWaitingContainerIsCreatedNotRunning() {
        Pod pending = pod(LABELS).withNewStatus().withPhase("Pending").endStatus().build();
        Pod waiting = new PodBuilder(running(false)).editStatus().editContainerStatus(0).editState()
                .withRunning(null).withNewWaiting().withReason("CrashLoopBackOff").endWaiting()
                .endState().endContainerStatus().endStatus().build();

        assertThat(PodInstances.of(pending).orElseThrow().state()).isEqualTo(State.CREATED);
        assertThat(PodInstances.of(waiting).orElseThrow().state()).isEqualTo(State.CREATED);
    }

    @Test
    void aTerminatedContainerOrAFinishedPodHasExited() {
        Pod terminated = new PodBuilder(running(false)).editStatus().editContainerStatus(0).editState()
                .withRunning(null).withNewTerminated().withExitCode(7).endTerminated()
                .endState().endContainerStatus().endStatus().build();
        Pod succeeded = pod(LABELS).withNewStatus().withPhase("Succeeded").endStatus().build();

        assertThat(PodInstances.of(terminated).orElseThrow()).satisfies(i -> {
            assertThat(i.state()).isEqualTo(State.EXITED);
            assertThat(i.exitCode()).isEqualTo(7);
        });
        assertThat(PodInstances.of(succeeded).orElseThrow().state()).isEqualTo(State.EXITED);
    }

    @Test
    void aPodWithoutTheAppLabelsIsNoInstance() {
        assertThat(PodInstances.of(pod(Map.of("wharf.io/app", "web")).build())).isEmpty();
        assertThat(PodInstances.of(pod(Map.of("run", "debug")).build())).isEmpty();
    }

    @Test
    void aPodWithWharfLabelsOutsideItsSystemsNamespaceIsNoInstance() {
        Pod planted = new PodBuilder(running(true)).editMetadata().withNamespace("intruder").endMetadata().build();

        assertThat(PodInstances.trusted(planted)).isFalse();
        assertThat(PodInstances.of(planted)).isEmpty();
        assertThat(PodInstances.trusted(running(true))).isTrue();
    }

    @Test
    void anAppsBuildPodIsNoInstanceOfIt() {
        Pod build = new PodBuilder(running(true)).editMetadata().addToLabels("wharf.io/build", "b1").endMetadata()
                .build();

        assertThat(PodInstances.of(build)).isEmpty();
    }

    @Test
    void aPodWithoutANamespaceIsNoInstance() {
        Pod bare = new PodBuilder(running(true)).editMetadata().withNamespace(null).endMetadata().build();

        assertThat(PodInstances.of(bare)).isEmpty();
    }
}
