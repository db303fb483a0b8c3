package io.wharf.testkit.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateBuilder;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The kubelet's report of one container of a pod, init containers included, and the pod's phase
 * that follows from all of them: Failed once one ended non-zero, Succeeded once all ended with 0,
 * Pending while an init container has not ended, else Running.
 */
final class ContainerStates {
    private ContainerStates() {
    }

    static Pod terminated(Pod pod, String container, int exitCode, String message) {
        return with(pod, container, new ContainerStateBuilder().withNewTerminated().withExitCode(exitCode)
                .withReason(exitCode == 0 ? "Completed" : "Error").withMessage(message)
                .withFinishedAt(Instant.now().toString()).endTerminated().build());
    }

    static Pod waiting(Pod pod, String container, String reason, String message) {
        return with(pod, container, new ContainerStateBuilder().withNewWaiting().withReason(reason)
                .withMessage(message).endWaiting().build());
    }

    private static Pod with(Pod pod, String container, ContainerState state) {
        PodStatus old = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        List<ContainerStatus> init = statuses(pod.getSpec().getInitContainers(), old.getInitContainerStatuses(),
                container, state);
        List<ContainerStatus> main = statuses(pod.getSpec().getContainers(), old.getContainerStatuses(), container,
                state);
        if (init.stream().noneMatch(s -> s.getName().equals(container))
                && main.stream().noneMatch(s -> s.getName().equals(container))) {
            throw new IllegalArgumentException("pod " + pod.getMetadata().getName() + " has no container " + container);
        }
        PodStatus status = new PodStatusBuilder(old).withPhase(phase(init, main)).withInitContainerStatuses(init)
                .withContainerStatuses(main).build();
        return PodStatuses.withStatus(pod, status);
    }

    private static List<ContainerStatus> statuses(List<Container> containers, List<ContainerStatus> old,
                                                  String name, ContainerState state) {
        List<ContainerStatus> statuses = new ArrayList<>();
        for (Container c : containers) {
            ContainerStatus before = old.stream().filter(s -> s.getName().equals(c.getName())).findFirst()
                    .orElse(new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage())
                            .withReady(false).withRestartCount(0).withNewState().withNewWaiting()
                            .withReason("PodInitializing").endWaiting().endState().build());
            statuses.add(c.getName().equals(name) ? new ContainerStatusBuilder(before).withState(state)
                    .withStarted(state.getTerminated() != null).build() : before);
        }
        return statuses;
    }

    private static String phase(List<ContainerStatus> init, List<ContainerStatus> main) {
        List<ContainerStatus> all = new ArrayList<>(init);
        all.addAll(main);
        if (all.stream().anyMatch(s -> ended(s) && s.getState().getTerminated().getExitCode() != 0)) {
            return "Failed";
        }
        if (all.stream().allMatch(ContainerStates::ended)) {
            return "Succeeded";
        }
        return init.stream().allMatch(ContainerStates::ended) ? "Running" : "Pending";
    }

    private static boolean ended(ContainerStatus status) {
        return status.getState() != null && status.getState().getTerminated() != null;
    }
}
