package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import io.wharf.engine.runtime.LogQuery;
import io.wharf.engine.runtime.RuntimeEvent;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.engine.runtime.RuntimeProvider;
import io.wharf.model.App;
import io.wharf.testkit.kubernetes.ExecScript;
import io.wharf.testkit.kubernetes.MockCluster;
import io.wharf.testkit.kubernetes.PodExecRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What only a runtime whose cluster keeps the instances shows, on a fresh mock cluster per test. */
class KubernetesRuntimeIT {
    private final MockCluster cluster = MockCluster.start();
    private final KubernetesRuntime runtime = new KubernetesRuntimeProvider().create(
            Map.of("name", "idc-1", "kubeconfig", cluster.kubeconfig()), TestApps.SECRETS);
    private final App web = TestApps.web();

    @AfterEach
    void stop() {
        runtime.close();
        cluster.close();
    }

    private List<RuntimeInstance> runningInstancesOfWeb(int count) {
        return await().atMost(Duration.ofSeconds(10)).until(
                () -> runtime.list().stream().filter(i -> i.app().equals(web.key()) && i.running()).toList(),
                instances -> instances.size() == count);
    }

    @Test
    void theProviderIsFoundByServiceLoaderAsKubernetesAndNeedsAKubeconfig() {
        assertThat(ServiceLoader.load(RuntimeProvider.class).stream().map(ServiceLoader.Provider::get))
                .anySatisfy(p -> assertThat(p.kind()).isEqualTo("kubernetes"));
        assertThatThrownBy(() -> new KubernetesRuntimeProvider().create(Map.of("name", "idc-2")))
                .isInstanceOf(EngineException.class).hasMessageContaining("idc-2").hasMessageContaining("kubeconfig");
        assertThat(runtime.name()).isEqualTo("idc-1");
    }

    @Test
    void applyingTheSameAppTwiceWritesNothingTheSecondTime() {
        runtime.apply(web);
        cluster.forgetWrites();

        runtime.apply(web);

        assertThat(cluster.writes()).isEmpty();
    }

    @Test
    void theClustersControllersKeepAsManyReadyInstancesAsTheAppliedReplicas() {
        runtime.apply(web);
        cluster.syncControllers();

        assertThat(runningInstancesOfWeb(3)).allSatisfy(i -> {
            assertThat(i.ready()).isTrue();
            assertThat(i.host()).startsWith("10.");
            assertThat(i.port()).isEqualTo(8080);
            assertThat(i.restarts()).isZero();
            assertThat(i.startedAt()).isNotNull();
        });

        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();

        runningInstancesOfWeb(1);
    }

    @Test
    void anOldConfigMapStaysWhilePodsMountItAndGoesAtTheFirstApplyAfterThem() {
        runtime.apply(web);
        cluster.syncControllers();
        runningInstancesOfWeb(3);
        String old = configMaps().get(0);
        App changed = web.withRelease(web.template().withConfigs(List.of(new io.wharf.model.ConfigFile("app",
                "/etc/web/app.conf", "greeting=bonjour\n"))), 2, null, TestApps.NOW);

        runtime.apply(changed);

        assertThat(configMaps()).hasSize(2).contains(old);
        cluster.syncControllers();
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.list().stream()
                .filter(i -> i.app().equals(web.key()) && i.running()).allMatch(i -> i.revision() == 2));
        runtime.apply(changed);
        assertThat(configMaps()).hasSize(1).doesNotContain(old);
    }

    private List<String> configMaps() {
        return cluster.client().configMaps().inNamespace("shop").list().getItems().stream()
                .map(c -> c.getMetadata().getName()).toList();
    }

    @Test
    void anInstanceWhoseImageCannotBePulledReportsTheKubeletsReasonAndAnEvent() {
        List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
        runtime.watch(events::add);
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        String pod = runningInstancesOfWeb(1).get(0).id();
        assertThat(runtime.pullFailure(pod)).isEmpty();

        cluster.waitContainer(pod, "app", "ErrImagePull",
                "rpc error: code = NotFound desc = registry.example/shop/web:1: not found");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(runtime.pullFailure(pod))
                    .hasValue("ErrImagePull: rpc error: code = NotFound desc = registry.example/shop/web:1: not found");
            assertThat(events).contains(new RuntimeEvent(RuntimeEvent.Type.DIED, pod, web.key()));
        });
        assertThat(runtime.inspect(pod)).hasValueSatisfying(i -> assertThat(i.running()).isFalse());
    }

    @Test
    void aRemovedInstanceIsReplacedByTheClustersControllers() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        String first = runningInstancesOfWeb(1).get(0).id();

        runtime.remove(first, Duration.ofSeconds(5));
        cluster.syncControllers();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(runtime.list())
                .singleElement().satisfies(i -> assertThat(i.id()).isNotEqualTo(first)));
    }

    @Test
    void aPodLabelledAsTheAppInAnotherNamespaceIsNeitherListedNorInspectedNorRemoved() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        String real = runningInstancesOfWeb(1).get(0).id();
        cluster.client().namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                .withNewMetadata().withName("intruder").endMetadata().build()).create();
        cluster.client().pods().inNamespace("intruder").resource(new io.fabric8.kubernetes.api.model.PodBuilder()
                .withNewMetadata().withName("web-plant").withNamespace("intruder")
                .withLabels(Map.of("wharf.io/system", "shop", "wharf.io/app", "web", "wharf.io/revision", "1"))
                .endMetadata().withNewSpec().addNewContainer().withName("app").withImage("evil:1").endContainer()
                .endSpec().withNewStatus().withPhase("Running").withPodIP("10.9.9.9").endStatus().build()).create();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(runtime.list()).extracting(RuntimeInstance::id).containsExactly(real));
        assertThat(runtime.inspect("web-plant")).isEmpty();
        runtime.remove("web-plant", Duration.ofSeconds(1));
        assertThat(cluster.client().pods().inNamespace("intruder").withName("web-plant").get()).isNotNull();
    }

    @Test
    void deletingTheAppDeletesItsObjectsAndThenItsInstancesButNotTheNamespace() {
        runtime.apply(web);
        cluster.syncControllers();
        runningInstancesOfWeb(3);

        runtime.delete(web.key());
        cluster.syncControllers();

        assertThat(cluster.client().apps().deployments().inNamespace("shop").list().getItems()).isEmpty();
        assertThat(cluster.client().services().inNamespace("shop").list().getItems()).isEmpty();
        assertThat(cluster.client().configMaps().inNamespace("shop").list().getItems()).isEmpty();
        assertThat(cluster.client().namespaces().withName("shop").get()).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> runtime.list().isEmpty());
    }

    @Test
    void aCutOffClusterIsNotConnectedAndItsLastInstancesAreKeptUntilItIsBackWithAResync() {
        List<RuntimeEvent> events = new CopyOnWriteArrayList<>();
        runtime.watch(events::add);
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        RuntimeInstance instance = runningInstancesOfWeb(1).get(0);
        await().atMost(Duration.ofSeconds(10)).until(runtime::connected);

        cluster.disconnect();

        await().atMost(Duration.ofSeconds(10)).until(() -> !runtime.connected());
        assertThat(runtime.list()).containsExactly(instance);
        assertThat(runtime.inspect(instance.id())).hasValue(instance);

        cluster.reconnect();

        await().atMost(Duration.ofSeconds(60)).until(runtime::connected);
        await().atMost(Duration.ofSeconds(5)).until(() -> events.contains(RuntimeEvent.resync()));
        assertThat(runtime.list()).containsExactly(instance);
    }

    @Test
    void theLogOfAnInstanceIsReadFromItsPodsAppContainerWithTheTailAndSinceAsked() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        String pod = runningInstancesOfWeb(1).get(0).id();
        cluster.setLog(pod, "one\ntwo\nthree\n");

        assertThat(runtime.logs(pod, LogQuery.defaults())).hasValue(List.of("one", "two", "three"));
        assertThat(runtime.logs(pod, LogQuery.tail(1))).hasValue(List.of("three"));
        assertThat(runtime.logs(pod, LogQuery.tail(2).withSinceSeconds(600))).hasValue(List.of("two", "three"));
        assertThat(cluster.logRequests()).allSatisfy(request -> assertThat(request)
                .startsWith("/api/v1/namespaces/shop/pods/" + pod + "/log?").contains("container=app"));
        assertThat(cluster.logRequests().get(1)).contains("tailLines=1").doesNotContain("sinceSeconds");
        assertThat(cluster.logRequests().get(2)).contains("tailLines=2", "sinceSeconds=600");
    }

    @Test
    void anInstanceThatIsNotThereHasNoLogs() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        runningInstancesOfWeb(1);

        assertThat(runtime.logs("web-nope", LogQuery.defaults())).isEmpty();
        assertThat(cluster.logRequests()).isEmpty();
    }

    @Test
    void theLogsOfACutOffClusterCannotBeReadAndTheErrorNamesTheClusterAndPod() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        String pod = runningInstancesOfWeb(1).get(0).id();

        cluster.disconnect();

        assertThatThrownBy(() -> runtime.logs(pod, LogQuery.defaults())).isInstanceOf(EngineException.class)
                .hasMessageContaining("idc-1").hasMessageContaining(pod);
    }

    private String onePod() {
        runtime.apply(web.withReplicas(1, TestApps.NOW));
        cluster.syncControllers();
        return runningInstancesOfWeb(1).get(0).id();
    }

    @Test
    void aCommandRunsInThePodsAppContainerAsTheArgvGivenAndGivesBackItsEnd() {
        String pod = onePod();
        cluster.setExec(pod, ExecScript.exits(3, "out\n", "err\n"));
        List<String> command = List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 3");

        assertThat(runtime.exec(pod, command, Duration.ofSeconds(5))).hasValue(new ExecResult(3, "out\n", "err\n", false));
        assertThat(cluster.execRequests()).containsExactly(new PodExecRequest("shop", pod, "app", command, false, false));
    }

    @Test
    void aCommandThatSucceedsGivesExitCodeZeroAndOutputPastTheCapIsCut() {
        String pod = onePod();
        cluster.setExec(pod, ExecScript.exits(0, "x".repeat(ExecResult.MAX_OUTPUT_BYTES + 10), ""));

        ExecResult result = runtime.exec(pod, List.of("cat", "big"), Duration.ofSeconds(10)).orElseThrow();

        assertThat(result.exitCode()).isZero();
        assertThat(result.truncated()).isTrue();
        assertThat(result.stdout()).hasSize(ExecResult.MAX_OUTPUT_BYTES);
    }

    @Test
    void aCommandThatDoesNotEndInTimeFailsSayingSo() {
        String pod = onePod();
        cluster.setExec(pod, ExecScript.hanging());

        assertThatThrownBy(() -> runtime.exec(pod, List.of("sleep", "60"), Duration.ofSeconds(1)))
                .isInstanceOf(ExecTimeoutException.class).hasMessageContaining(pod).hasMessageContaining("within 1s");
    }

    @Test
    void anInstanceThatIsNotThereRunsNothingAndACutOffClusterFailsNamingItself() {
        String pod = onePod();

        assertThat(runtime.exec("web-nope", List.of("true"), Duration.ofSeconds(5))).isEmpty();
        assertThat(cluster.execRequests()).isEmpty();

        cluster.disconnect();

        assertThatThrownBy(() -> runtime.exec(pod, List.of("true"), Duration.ofSeconds(5)))
                .isInstanceOf(EngineException.class).hasMessageContaining("idc-1").hasMessageContaining(pod);
    }
}
