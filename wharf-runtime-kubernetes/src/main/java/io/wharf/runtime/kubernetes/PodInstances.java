package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.wharf.engine.runtime.Labels;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.RuntimeInstance.State;
import io.wharf.model.AppKey;
import io.wharf.runtime.kubernetes.build.BuildPodRenderer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pod as the engine sees an instance: a pure mapping, empty for a pod that is not an app's. A pod
 * is an instance only in its system's namespace: Wharf labels on a pod in another namespace (which
 * whoever may create pods there could write) make it no instance of that system.
 */
final class PodInstances {
    private static final java.util.Set<String> PULL_FAILURES = java.util.Set.of("ErrImagePull", "ImagePullBackOff",
            "InvalidImageName", "ErrImageNeverPull", "RegistryUnavailable");
    private PodInstances() {
    }

    /** Labelled with a system and an app, and in that system's namespace; an app's build pod is none of its instances. */
    static boolean trusted(Pod pod) {
        Map<String, String> labels = pod.getMetadata() == null ? null : pod.getMetadata().getLabels();
        return labels != null && labels.get(Labels.SYSTEM) != null && labels.get(Labels.APP) != null
                && labels.get(Labels.SYSTEM).equals(pod.getMetadata().getNamespace())
                && !labels.containsKey(BuildPodRenderer.BUILD_LABEL);
    }

    static Optional<RuntimeInstance> of(Pod pod) {
        if (!trusted(pod)) {
            return Optional.empty();
        }
        Map<String, String> labels = pod.getMetadata().getLabels();
        AppKey app = new AppKey(labels.get(Labels.SYSTEM), labels.get(Labels.APP));
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        Optional<Container> container = container(pod);
        Optional<ContainerStatus> containerStatus = container.flatMap(c -> status(status, c.getName()));
        ContainerState containerState = containerStatus.map(ContainerStatus::getState).orElse(null);
        Integer exitCode = containerState == null || containerState.getTerminated() == null ? null
                : containerState.getTerminated().getExitCode();
        return Optional.of(new RuntimeInstance(pod.getMetadata().getName(), app, revision(labels),
                state(status.getPhase(), containerState), status.getPodIP(), port(container),
                instant(status.getStartTime()), containerStatus.map(ContainerStatus::getRestartCount).orElse(0),
                exitCode, labels.get(Labels.TEMPLATE), ready(status)));
    }

    /**
     * Why the kubelet cannot pull the image of the pod's app container ({@code ErrImagePull},
     * {@code ImagePullBackOff}, {@code InvalidImageName}, ...), with its message; empty while it can.
     */
    static Optional<String> pullFailure(Pod pod) {
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        return container(pod).flatMap(c -> status(status, c.getName())).map(ContainerStatus::getState)
                .map(ContainerState::getWaiting)
                .filter(waiting -> PULL_FAILURES.contains(waiting.getReason()))
                .map(waiting -> waiting.getReason() + (waiting.getMessage() == null ? "" : ": " + waiting.getMessage()));
    }

    static State state(String phase, ContainerState container) {
        if ("Failed".equals(phase) || "Succeeded".equals(phase)
                || (container != null && container.getTerminated() != null)) {
            return State.EXITED;
        }
        if ("Running".equals(phase) && (container == null || container.getWaiting() == null)) {
            return State.RUNNING;
        }
        return State.CREATED;
    }

    private static Optional<Container> container(Pod pod) {
        List<Container> containers = pod.getSpec() == null ? List.of() : pod.getSpec().getContainers();
        return containers.stream().filter(c -> Deployments.CONTAINER.equals(c.getName())).findFirst()
                .or(() -> containers.stream().findFirst());
    }

    private static Optional<ContainerStatus> status(PodStatus status, String container) {
        return status.getContainerStatuses().stream().filter(s -> container.equals(s.getName())).findFirst();
    }

    private static Integer port(Optional<Container> container) {
        return container.map(Container::getPorts).flatMap(ports -> ports.stream().findFirst())
                .map(ContainerPort::getContainerPort).orElse(null);
    }

    private static boolean ready(PodStatus status) {
        return status.getConditions().stream()
                .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static long revision(Map<String, String> labels) {
        try {
            return Long.parseLong(labels.getOrDefault(Labels.REVISION, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant instant(String time) {
        try {
            return time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
