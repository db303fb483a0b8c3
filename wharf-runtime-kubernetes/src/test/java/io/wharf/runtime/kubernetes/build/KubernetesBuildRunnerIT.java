package io.wharf.runtime.kubernetes.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.wharf.runtime.kubernetes.build.BuildPodResult.Outcome;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Builds run as pods on the fabric8 mock API server; the test plays the kubelet (see {@link MockCluster}). */
class KubernetesBuildRunnerIT {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);
    private final MockCluster cluster = MockCluster.start();
    private final KubernetesClient client = new KubernetesClientBuilder()
            .withConfig(io.fabric8.kubernetes.client.Config.fromKubeconfig(cluster.kubeconfig())).build();
    private final KubernetesBuildRunner runner = new KubernetesBuildRunner(client, BuildPodSettings.defaults());
    private final List<String> log = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        client.close();
        cluster.close();
    }

    @Test
    void aBuildPodThatSucceedsGivesItsDigestAndTheLinesOfEveryStepInOrder() throws Exception {
        CompletableFuture<BuildPodResult> result = start(BuildPods.plain("b1"), BuildCredentials.none());
        awaitPod("wharf-build-b1");
        cluster.setLog("wharf-build-b1", "clone", "Cloning into '/workspace/src'...\n");
        cluster.setLog("wharf-build-b1", "build", "STEP 1/2: FROM localhost/wharf/hello:1\nSTEP 2/2: COPY . /www\n");
        cluster.setLog("wharf-build-b1", "push", "Writing manifest to image destination\n");

        cluster.terminateContainer("wharf-build-b1", "clone", 0, "");
        cluster.terminateContainer("wharf-build-b1", "build", 0, "");
        cluster.terminateContainer("wharf-build-b1", "push", 0, DIGEST);

        BuildPodResult done = result.get(30, TimeUnit.SECONDS);
        assertThat(done.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(done.digest()).isEqualTo(DIGEST);
        assertThat(log).containsExactly("Cloning into '/workspace/src'...", "STEP 1/2: FROM localhost/wharf/hello:1",
                "STEP 2/2: COPY . /www", "Writing manifest to image destination");
        await().atMost(Duration.ofSeconds(10)).until(() -> cluster.pod("wharf-build-b1").isEmpty());
    }

    @Test
    void aFailingBuildStepFailsTheBuildWithItsLog() throws Exception {
        CompletableFuture<BuildPodResult> result = start(BuildPods.plain("b2"), BuildCredentials.none());
        awaitPod("wharf-build-b2");
        cluster.setLog("wharf-build-b2", "clone", "Cloning into '/workspace/src'...\n");
        cluster.setLog("wharf-build-b2", "build", "STEP 2/3: RUN make\nmake: *** No rule to make target\n"
                + "Error: building at STEP \"RUN make\": exit status 2\n");

        cluster.terminateContainer("wharf-build-b2", "clone", 0, "");
        cluster.terminateContainer("wharf-build-b2", "build", 1, "");

        BuildPodResult done = result.get(30, TimeUnit.SECONDS);
        assertThat(done.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(done.digest()).isNull();
        assertThat(done.message()).contains("build step exited with 1");
        assertThat(log).contains("STEP 2/3: RUN make", "Error: building at STEP \"RUN make\": exit status 2");
        assertThat(cluster.logRequests()).noneMatch(request -> request.contains("container=push"));
    }

    @Test
    void cancelDeletesThePodAndEndsTheBuildCancelled() throws Exception {
        CompletableFuture<BuildPodResult> result = start(BuildPods.plain("b3"), BuildCredentials.none());
        awaitPod("wharf-build-b3");

        runner.cancel("shop", "b3");

        assertThat(result.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(Outcome.CANCELLED);
        assertThat(cluster.pod("wharf-build-b3")).isEmpty();
        assertThat(cluster.writes()).contains("DELETE /api/v1/namespaces/shop/pods/wharf-build-b3");
    }

    @Test
    void credentialsAndBuildSecretsAreInSecretsNeverInThePodSpecAndAreDeletedAfterwards() throws Exception {
        CompletableFuture<BuildPodResult> result = start(BuildPods.full("b4"), BuildPods.credentials());
        Pod pod = awaitPod("wharf-build-b4");

        assertThat(new KubernetesSerialization().asJson(pod)).doesNotContain(BuildPods.GIT_PASSWORD,
                BuildPods.REGISTRY_PASSWORD, BuildPods.NPM_TOKEN);
        assertThat(cluster.client().secrets().inNamespace("shop").list().getItems())
                .extracting(s -> s.getMetadata().getName())
                .containsExactlyInAnyOrder("wharf-build-b4-git", "wharf-build-b4-registry", "wharf-build-b4-secrets");

        runner.cancel("shop", "b4");
        result.get(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> cluster.client().secrets().inNamespace("shop").list().getItems().isEmpty());
    }

    private CompletableFuture<BuildPodResult> start(BuildPodSpec spec, BuildCredentials credentials) {
        return CompletableFuture.supplyAsync(() -> runner.run(spec, credentials, log::add));
    }

    private Pod awaitPod(String name) {
        await().atMost(Duration.ofSeconds(20)).until(() -> cluster.pod(name).isPresent());
        return cluster.pod(name).orElseThrow();
    }
}
