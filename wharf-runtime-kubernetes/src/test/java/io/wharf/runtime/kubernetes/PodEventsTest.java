package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeEvent.Type;
import io.wharf.model.AppKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PodEventsTest {
    private static final AppKey WEB = new AppKey("shop", "web");
    private final PodEvents podEvents = new PodEvents();
    private final List<RuntimeEvent> heard = new ArrayList<>();

    PodEventsTest() {
        podEvents.subscribe(heard::add);
    }

    private static Pod pod(String phase, int restarts, Integer exitCode) {
        PodBuilder pod = new PodBuilder().withNewMetadata().withName("web-x7k2p").withNamespace("shop")
                .withLabels(Map.of("wharf.io/system", "shop", "wharf.io/app", "web")).endMetadata()
                .withNewSpec().addNewContainer().withName("app").endContainer().endSpec();
        return exitCode == null
                ? pod.withNewStatus().withPhase(phase).addNewContainerStatus().withName("app")
                .withRestartCount(restarts).endContainerStatus().endStatus().build()
                : pod.withNewStatus().withPhase(phase).addNewContainerStatus().withName("app")
                .withRestartCount(restarts).withNewState().withNewTerminated().withExitCode(exitCode)
                .endTerminated().endState().endContainerStatus().endStatus().build();
    }

    private static RuntimeEvent event(Type type) {
        return new RuntimeEvent(type, "web-x7k2p", WEB);
    }

    @Test
    void aPodThatComesToRunStartedAndOneWhoseContainerEndsDied() {
        podEvents.onAdd(pod("Pending", 0, null));
        podEvents.onUpdate(pod("Pending", 0, null), pod("Running", 0, null));
        podEvents.onUpdate(pod("Running", 0, null), pod("Running", 0, null));
        podEvents.onUpdate(pod("Running", 0, null), pod("Failed", 0, 7));

        assertThat(heard).containsExactly(event(Type.STARTED), event(Type.DIED));
    }

    @Test
    void aRestartedContainerDiedAndStartedAgain() {
        podEvents.onUpdate(pod("Running", 0, null), pod("Running", 1, null));

        assertThat(heard).containsExactly(event(Type.DIED), event(Type.STARTED));
    }

    @Test
    void aDeletedPodIsRemovedAndAnUnlabelledPodIsNotHeardOf() {
        Pod other = new PodBuilder().withNewMetadata().withName("debug").endMetadata().build();
        podEvents.onAdd(other);
        podEvents.onDelete(other, false);

        podEvents.onDelete(pod("Running", 0, null), false);

        assertThat(heard).containsExactly(event(Type.REMOVED));
    }

    @Test
    void aPodWithTheSystemsLabelsInAnotherNamespaceIsNotHeardOf() {
        Pod planted = new PodBuilder(pod("Running", 0, null)).editMetadata().withNamespace("intruder").endMetadata()
                .build();

        podEvents.onAdd(planted);
        podEvents.onUpdate(planted, new PodBuilder(planted).editStatus().withPhase("Failed").endStatus().build());
        podEvents.onDelete(planted, false);

        assertThat(heard).isEmpty();
    }
}
