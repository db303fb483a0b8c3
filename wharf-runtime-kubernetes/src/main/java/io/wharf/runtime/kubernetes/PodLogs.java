package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.TailPrettyLoggable;
import io.fabric8.kubernetes.client.dsl.TimeTailPrettyLoggable;
import io.wharf.engine.runtime.LogQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Reads the log of a pod's app container through the API server ({@code pods/{name}/log}), without following it. */
final class PodLogs {
    private PodLogs() {
    }

    /** The lines of the pod's container {@value Deployments#CONTAINER}; empty when the pod is gone. */
    static Optional<List<String>> read(KubernetesClient client, String cluster, Pod pod, LogQuery query) {
        String namespace = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        TimeTailPrettyLoggable container = client.pods().inNamespace(namespace).withName(name)
                .inContainer(Deployments.CONTAINER);
        TailPrettyLoggable since = query.sinceSeconds() == null ? container
                : container.sinceSeconds((int) Math.min(query.sinceSeconds(), Integer.MAX_VALUE));
        try {
            return Optional.of(lines(since.tailingLines(query.tailLines()).getLog()));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw new KubernetesRuntimeException("cluster " + cluster + ": cannot read the log of pod " + name
                    + " in namespace " + namespace + ": " + e.getMessage(), e);
        }
    }

    /** The log's lines without their line ends; a last line without a newline is a line too. */
    static List<String> lines(String log) {
        if (log == null || log.isEmpty()) {
            return List.of();
        }
        String text = log.endsWith("\n") ? log.substring(0, log.length() - 1) : log;
        return Arrays.stream(text.split("\n", -1)).map(l -> l.endsWith("\r") ? l.substring(0, l.length() - 1) : l)
                .toList();
    }
}
