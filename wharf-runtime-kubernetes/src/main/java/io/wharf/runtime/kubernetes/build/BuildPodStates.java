package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the kubelet's reports of a build pod say: which containers ran, whether it ended, and how. */
final class BuildPodStates {
    static final List<String> CONTAINERS = List.of(BuildPodRenderer.CLONE, BuildPodRenderer.BUILD, BuildPodRenderer.PUSH);
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    private BuildPodStates() {
    }

    static boolean ended(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return "Succeeded".equals(phase) || "Failed".equals(phase);
    }

    /** The container runs or ran, so its log can be read. */
    static boolean started(Pod pod, String container) {
        return status(pod, container).map(s -> s.getState() != null
                && (s.getState().getRunning() != null || s.getState().getTerminated() != null)).orElse(false);
    }

    static BuildPodResult result(Pod pod, long timeoutSeconds) {
        if ("Succeeded".equals(pod.getStatus().getPhase())) {
            String message = terminated(pod, BuildPodRenderer.PUSH).map(ContainerStateTerminated::getMessage)
                    .map(String::trim).orElse("");
            return DIGEST.matcher(message).matches() ? BuildPodResult.succeeded(message)
                    : BuildPodResult.failed("the push left no digest in its termination message: '" + message + "'");
        }
        if ("DeadlineExceeded".equals(pod.getStatus().getReason())) {
            return BuildPodResult.failed("the build ran past its timeout of " + timeoutSeconds + " s");
        }
        for (String container : CONTAINERS) {
            Optional<ContainerStateTerminated> end = terminated(pod, container);
            if (end.isPresent() && end.get().getExitCode() != 0) {
                String message = end.get().getMessage() == null || end.get().getMessage().isBlank() ? ""
                        : ": " + end.get().getMessage().trim();
                return BuildPodResult.failed("the " + container + " step exited with " + end.get().getExitCode()
                        + " (" + end.get().getReason() + ")" + message);
            }
        }
        return BuildPodResult.failed("the build pod failed: " + pod.getStatus().getReason() + " "
                + pod.getStatus().getMessage());
    }

    private static Optional<ContainerStateTerminated> terminated(Pod pod, String container) {
        return status(pod, container).map(s -> s.getState() == null ? null : s.getState().getTerminated());
    }

    private static Optional<ContainerStatus> status(Pod pod, String container) {
        if (pod.getStatus() == null) {
            return Optional.empty();
        }
        List<ContainerStatus> all = new ArrayList<>(pod.getStatus().getInitContainerStatuses());
        all.addAll(pod.getStatus().getContainerStatuses());
        return all.stream().filter(s -> container.equals(s.getName())).findFirst();
    }
}
