package io.wharf.testkit.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodStatus;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import java.time.Instant;
import java.util.List;

/** Pod statuses as a kubelet reports them. */
final class PodStatuses {
    private PodStatuses() {
    }

    /** Not yet finished: a ReplicaSet counts it among its pods. */
    static boolean active(Pod pod) {
        String phase = pod.getStatus() == null ? null : pod.getStatus().getPhase();
        return !"Failed".equals(phase) && !"Succeeded".equals(phase);
    }

    static boolean running(Pod pod) {
        return pod.getStatus() != null && "Running".equals(pod.getStatus().getPhase());
    }

    static Pod withStatus(Pod pod, PodStatus status) {
        return new PodBuilder(pod).withStatus(status).build();
    }

    /** Every container running since now, none restarted, and the pod Ready at {@code podIp}. */
    static PodStatus runningStatus(Pod pod, String podIp) {
        String now = Instant.now().toString();
        List<ContainerStatus> containers = pod.getSpec().getContainers().stream()
                .map(c -> new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage())
                        .withReady(true).withStarted(true).withRestartCount(0)
                        .withNewState().withNewRunning().withStartedAt(now).endRunning().endState().build())
                .toList();
        return new PodStatusBuilder().withPhase("Running").withPodIP(podIp).withHostIP("10.255.0.1")
                .withStartTime(now)
                .addNewCondition().withType("Ready").withStatus("True").withLastTransitionTime(now).endCondition()
                .withContainerStatuses(containers)
                .build();
    }

    static PodStatus failedStatus(Pod pod, List<ContainerStatus> containers) {
        return new PodStatusBuilder(pod.getStatus() == null ? new PodStatus() : pod.getStatus())
                .withPhase("Failed")
                .withConditions()
                .addNewCondition().withType("Ready").withStatus("False")
                .withLastTransitionTime(Instant.now().toString()).endCondition()
                .withContainerStatuses(containers)
                .build();
    }
}
