package io.wharf.testkit.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a cluster's Deployment controller and kubelets would do, done once on request: each
 * Deployment gets {@code spec.replicas} pods of its current template, running at once, and a
 * status that counts them. Pods of an older template are deleted, as a rollout would end, and pods
 * whose Deployment is gone are deleted, as the garbage collector would.
 */
final class ClusterControllers {
    static final String TEMPLATE_HASH = "pod-template-hash";
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final String NAME_CHARACTERS = "bcdfghjklmnpqrstvwxz2456789";
    private final KubernetesClient client;

    ClusterControllers(KubernetesClient client) {
        this.client = client;
    }

    void sync() {
        List<Deployment> deployments = client.apps().deployments().inAnyNamespace().list().getItems();
        deployments.forEach(this::sync);
        collectOrphans(deployments);
    }

    /** The garbage collector: pods whose Deployment is gone go too. */
    private void collectOrphans(List<Deployment> deployments) {
        Set<String> owners = new HashSet<>();
        deployments.forEach(d -> owners.add(d.getMetadata().getNamespace() + "/" + d.getMetadata().getName()));
        for (Pod pod : client.pods().inAnyNamespace().list().getItems()) {
            pod.getMetadata().getOwnerReferences().stream()
                    .filter(owner -> "Deployment".equals(owner.getKind()))
                    .filter(owner -> !owners.contains(pod.getMetadata().getNamespace() + "/" + owner.getName()))
                    .findFirst()
                    .ifPresent(orphaned -> client.resource(pod).delete());
        }
    }

    private void sync(Deployment deployment) {
        String namespace = deployment.getMetadata().getNamespace();
        String hash = hash(deployment.getSpec().getTemplate());
        int replicas = deployment.getSpec().getReplicas() == null ? 1 : deployment.getSpec().getReplicas();
        List<Pod> current = new ArrayList<>();
        for (Pod pod : client.pods().inNamespace(namespace)
                .withLabels(deployment.getSpec().getSelector().getMatchLabels()).list().getItems()) {
            boolean outdated = !hash.equals(pod.getMetadata().getLabels().get(TEMPLATE_HASH));
            if (outdated || (PodStatuses.active(pod) && current.size() >= replicas)) {
                client.resource(pod).delete();
            } else if (PodStatuses.active(pod)) {
                current.add(pod);
            }
        }
        while (current.size() < replicas) {
            current.add(client.resource(newPod(deployment, hash)).create());
        }
        current.replaceAll(pod -> PodStatuses.running(pod) ? pod
                : client.resource(PodStatuses.withStatus(pod, PodStatuses.runningStatus(pod, randomPodIp()))).updateStatus());
        updateStatus(deployment, current.size());
    }

    private void updateStatus(Deployment deployment, int ready) {
        Deployment copy = client.apps().deployments().inNamespace(deployment.getMetadata().getNamespace())
                .withName(deployment.getMetadata().getName()).get();
        copy.setStatus(new DeploymentStatusBuilder().withReplicas(ready).withReadyReplicas(ready)
                .withAvailableReplicas(ready).withUpdatedReplicas(ready)
                .withObservedGeneration(copy.getMetadata().getGeneration()).build());
        client.resource(copy).updateStatus();
    }

    /** The kubelet reports that the pod's container exited with this code. */
    void terminate(Pod pod, int exitCode) {
        Instant now = Instant.now();
        List<ContainerStatus> containers = pod.getSpec().getContainers().stream()
                .map(c -> new ContainerStatusBuilder().withName(c.getName()).withImage(c.getImage())
                        .withReady(false).withStarted(false).withRestartCount(0)
                        .withNewState().withNewTerminated().withExitCode(exitCode)
                        .withReason(exitCode == 0 ? "Completed" : "Error").withFinishedAt(now.toString())
                        .endTerminated().endState().build())
                .toList();
        Pod failed = PodStatuses.withStatus(pod, PodStatuses.failedStatus(pod, containers));
        client.resource(failed).updateStatus();
    }

    private static Pod newPod(Deployment deployment, String hash) {
        PodTemplateSpec template = deployment.getSpec().getTemplate();
        return new PodBuilder()
                .withNewMetadata()
                .withName(deployment.getMetadata().getName() + "-" + randomSuffix())
                .withNamespace(deployment.getMetadata().getNamespace())
                .withLabels(template.getMetadata().getLabels())
                .addToLabels(TEMPLATE_HASH, hash)
                .withAnnotations(template.getMetadata().getAnnotations())
                .addNewOwnerReference().withApiVersion("apps/v1").withKind("Deployment")
                .withName(deployment.getMetadata().getName()).withUid(deployment.getMetadata().getUid())
                .withController(true).endOwnerReference()
                .endMetadata()
                .withSpec(template.getSpec())
                .build();
    }

    static String hash(PodTemplateSpec template) {
        try {
            byte[] json = SERIALIZATION.asJson(template).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json), 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 5; i++) {
            suffix.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
        }
        return suffix.toString();
    }

    /** An address in 10.0.0.0/8 that nothing ever connects to. */
    private static String randomPodIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
