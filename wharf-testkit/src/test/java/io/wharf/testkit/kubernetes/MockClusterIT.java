package io.wharf.testkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockClusterIT {
    private final MockCluster cluster = MockCluster.start();

    @AfterEach
    void stop() {
        cluster.close();
    }

    private void deploy(int replicas, String image) {
        Deployment deployment = new DeploymentBuilder()
                .withNewMetadata().withName("web").withNamespace("shop").endMetadata()
                .withNewSpec().withReplicas(replicas)
                .withNewSelector().withMatchLabels(Map.of("app", "web")).endSelector()
                .withNewTemplate().withNewMetadata().withLabels(Map.of("app", "web", "tier", "front")).endMetadata()
                .withNewSpec().addNewContainer().withName("app").withImage(image).endContainer().endSpec()
                .endTemplate().endSpec().build();
        cluster.client().resource(deployment).serverSideApply();
    }

    private List<Pod> pods() {
        return cluster.client().pods().inNamespace("shop").list().getItems();
    }

    @Test
    void theControllersRunAsManyReadyPodsOfTheTemplateAsTheDeploymentWants() {
        deploy(3, "web:1");

        cluster.syncControllers();

        assertThat(pods()).hasSize(3).allSatisfy(pod -> {
            assertThat(pod.getMetadata().getName()).matches("web-[a-z0-9]{5}");
            assertThat(pod.getMetadata().getLabels()).containsEntry("tier", "front");
            assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo("web:1");
            assertThat(pod.getStatus().getPhase()).isEqualTo("Running");
            assertThat(pod.getStatus().getPodIP()).startsWith("10.");
            assertThat(pod.getStatus().getConditions()).anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("True"));
            assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getRunning()).isNotNull();
        });
        Deployment live = cluster.client().apps().deployments().inNamespace("shop").withName("web").get();
        assertThat(live.getStatus().getReadyReplicas()).isEqualTo(3);
        assertThat(live.getStatus().getAvailableReplicas()).isEqualTo(3);
        assertThat(live.getStatus().getUpdatedReplicas()).isEqualTo(3);
    }

    @Test
    void scalingDownDeletesSurplusPodsAndANewTemplateReplacesEveryPod() {
        deploy(3, "web:1");
        cluster.syncControllers();

        deploy(2, "web:2");
        cluster.syncControllers();

        assertThat(pods()).hasSize(2)
                .allSatisfy(pod -> assertThat(pod.getSpec().getContainers().get(0).getImage()).isEqualTo("web:2"));
    }

    @Test
    void aTerminatedContainerFailsItsPodWithTheExitCode() {
        deploy(1, "web:1");
        cluster.syncControllers();
        String name = pods().get(0).getMetadata().getName();

        cluster.terminate(name, 7);

        Pod pod = cluster.pod(name).orElseThrow();
        assertThat(pod.getStatus().getPhase()).isEqualTo("Failed");
        assertThat(pod.getStatus().getContainerStatuses().get(0).getState().getTerminated().getExitCode()).isEqualTo(7);
        assertThat(pod.getStatus().getConditions()).anyMatch(c -> c.getType().equals("Ready") && c.getStatus().equals("False"));
    }

    @Test
    void aDisconnectedClusterRefusesItsKubeconfigsClientsAndKeepsItsObjectsForTheReconnect() {
        deploy(1, "web:1");
        Config config = Config.fromKubeconfig(cluster.kubeconfig());
        config.setRequestRetryBackoffLimit(0);
        try (KubernetesClient outside = new KubernetesClientBuilder().withConfig(config).build()) {
            assertThat(outside.apps().deployments().inNamespace("shop").list().getItems()).hasSize(1);

            cluster.disconnect();

            assertThatThrownBy(() -> outside.apps().deployments().inNamespace("shop").list())
                    .isInstanceOf(KubernetesClientException.class);
            assertThat(cluster.client().apps().deployments().inNamespace("shop").list().getItems()).hasSize(1);

            cluster.reconnect();

            assertThat(cluster.kubeconfig()).contains(cluster.url());
            assertThat(outside.apps().deployments().inNamespace("shop").list().getItems()).hasSize(1);
        }
    }

    @Test
    void aPodsLogIsServedWithItsTailAndTheRequestsAreRecorded() {
        deploy(1, "web:1");
        cluster.syncControllers();
        String pod = pods().get(0).getMetadata().getName();
        cluster.setLog(pod, "one\ntwo\nthree\n");

        assertThat(cluster.client().pods().inNamespace("shop").withName(pod).getLog()).isEqualTo("one\ntwo\nthree\n");
        assertThat(cluster.client().pods().inNamespace("shop").withName(pod).inContainer("app").tailingLines(2).getLog())
                .isEqualTo("two\nthree\n");
        assertThat(cluster.logRequests()).last().asString()
                .startsWith("/api/v1/namespaces/shop/pods/" + pod + "/log?").contains("container=app", "tailLines=2");
    }

    @Test
    void theLogOfAMissingPodIsNotFoundAndAnUnknownContainerIsABadRequest() {
        deploy(1, "web:1");
        cluster.syncControllers();
        String pod = pods().get(0).getMetadata().getName();

        assertThatThrownBy(() -> cluster.client().pods().inNamespace("shop").withName("web-nope").getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(404));
        assertThatThrownBy(() -> cluster.client().pods().inNamespace("shop").withName(pod).inContainer("sidecar").getLog())
                .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(400));
    }

    @Test
    void anExecInAPodPlaysTheScriptedEndOverTheChannelProtocolAndTheRequestIsRecorded() throws Exception {
        deploy(1, "web:1");
        cluster.syncControllers();
        String pod = pods().get(0).getMetadata().getName();
        cluster.setExec(pod, ExecScript.exits(3, "out\n", "err\n"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        try (ExecWatch watch = cluster.client().pods().inNamespace("shop").withName(pod).inContainer("app")
                .writingOutput(out).writingError(err).exec("sh", "-c", "echo out; echo err >&2; exit 3")) {
            assertThat(watch.exitCode().get(5, TimeUnit.SECONDS)).isEqualTo(3);
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("out\n");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("err\n");
        assertThat(cluster.execRequests()).containsExactly(new PodExecRequest("shop", pod, "app",
                List.of("sh", "-c", "echo out; echo err >&2; exit 3"), false, false));
    }

    @Test
    void aCommandInAPodWithoutAScriptEndsWithExitCodeZeroAndNoOutput() throws Exception {
        deploy(1, "web:1");
        cluster.syncControllers();
        String pod = pods().get(0).getMetadata().getName();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (ExecWatch watch = cluster.client().pods().inNamespace("shop").withName(pod).inContainer("app")
                .writingOutput(out).exec("true")) {
            assertThat(watch.exitCode().get(5, TimeUnit.SECONDS)).isZero();
        }
        assertThat(out.size()).isZero();
    }
}
