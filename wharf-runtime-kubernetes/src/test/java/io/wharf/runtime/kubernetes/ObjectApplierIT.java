package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.wharf.model.App;
import io.wharf.model.AppType;
import io.wharf.model.ConfigFile;
import io.wharf.testkit.kubernetes.ApplyingCrudDispatcher;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The applier against the fabric8 mock API server in CRUD mode, with server-side apply added (see the dispatcher). */
class ObjectApplierIT {
    private final ApplyingCrudDispatcher dispatcher = new ApplyingCrudDispatcher();
    private KubernetesMockServer server;
    private KubernetesClient client;
    private ObjectApplier applier;
    private final AppObjects objects = TestApps.objects();

    @BeforeEach
    void start() throws Exception {
        server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
        server.init(InetAddress.getLoopbackAddress(), 0);
        client = server.createClient();
        applier = new ObjectApplier(client);
    }

    @AfterEach
    void stop() {
        client.close();
        server.destroy();
    }

    @Test
    void creatingAnAppProducesExactlyTheExpectedObjects() {
        App app = TestApps.web();

        ApplyReport report = applier.apply(app.key(), objects.of(app));

        assertThat(report.applied()).containsExactlyElementsOf(described(objects.of(app)));
        assertThat(report.deleted()).isEmpty();
        assertThat(live()).containsExactlyInAnyOrderElementsOf(described(objects.of(app).subList(1, 8)));
        assertThat(client.namespaces().withName("shop").get()).isNotNull();
        assertThat(client.apps().deployments().inNamespace("shop").withName("web").get().getSpec()
                .getTemplate().getSpec().getContainers().get(0).getImage()).isEqualTo("registry.example/shop/web:1");
    }

    @Test
    void aSecondReconcileWithNoChangeSendsNoWrite() {
        App app = TestApps.web();
        applier.apply(app.key(), objects.of(app));
        dispatcher.forgetWrites();

        ApplyReport report = applier.apply(app.key(), objects.of(app));

        assertThat(dispatcher.writes()).isEmpty();
        assertThat(report.changedNothing()).isTrue();
        assertThat(report.unchanged()).hasSize(8);
    }

    @Test
    void scalingChangesOnlyTheReplicasOfTheDeployment() {
        App app = TestApps.web();
        applier.apply(app.key(), objects.of(app));
        Deployment before = deployment();
        dispatcher.forgetWrites();

        ApplyReport report = applier.apply(app.key(), objects.of(app.withReplicas(5, TestApps.NOW)));

        assertThat(report.applied()).containsExactly("Deployment/web");
        assertThat(dispatcher.writes()).singleElement().asString().startsWith("PATCH /apis/apps/v1/namespaces/shop/deployments/web");
        assertThat(deployment().getSpec().getReplicas()).isEqualTo(5);
        assertThat(deployment().getSpec().getTemplate()).isEqualTo(before.getSpec().getTemplate());
    }

    @Test
    void anImageChangeUpdatesOnlyTheDeploymentsPodTemplate() {
        App app = TestApps.web();
        applier.apply(app.key(), objects.of(app));
        Deployment before = deployment();
        App changed = app.withTemplate(app.template().withImage("registry.example/shop/web:2"), TestApps.NOW);

        ApplyReport report = applier.apply(app.key(), objects.of(changed));

        assertThat(report.applied()).containsExactly("Deployment/web");
        assertThat(report.deleted()).isEmpty();
        PodSpec pod = deployment().getSpec().getTemplate().getSpec();
        assertThat(pod.getContainers().get(0).getImage()).isEqualTo("registry.example/shop/web:2");
        assertThat(deployment().getSpec().getTemplate().getMetadata().getLabels())
                .containsEntry("wharf.io/revision", "2");
        assertThat(deployment().getSpec().getReplicas()).isEqualTo(before.getSpec().getReplicas());
        assertThat(deployment().getSpec().getSelector()).isEqualTo(before.getSpec().getSelector());
    }

    @Test
    void removingAConfigFileDeletesItsConfigMap() {
        App app = TestApps.web();
        applier.apply(app.key(), objects.of(app));
        App without = app.withTemplate(app.template().withConfigs(List.of()), TestApps.NOW);

        ApplyReport report = applier.apply(app.key(), objects.of(without));

        assertThat(report.deleted()).singleElement().asString().startsWith("ConfigMap/web-config-app-");
        assertThat(client.configMaps().inNamespace("shop").list().getItems()).isEmpty();
    }

    @Test
    void changingAConfigFileCreatesANewConfigMapAndDeletesTheOldOne() {
        App app = TestApps.web();
        applier.apply(app.key(), objects.of(app));
        String old = client.configMaps().inNamespace("shop").list().getItems().get(0).getMetadata().getName();
        App changed = app.withTemplate(app.template().withConfigs(
                List.of(new ConfigFile("app", "/etc/web/app.conf", "greeting=bonjour\n"))), TestApps.NOW);

        ApplyReport report = applier.apply(app.key(), objects.of(changed));

        assertThat(report.deleted()).containsExactly("ConfigMap/" + old);
        assertThat(client.configMaps().inNamespace("shop").list().getItems()).singleElement()
                .satisfies(m -> assertThat(m.getData()).containsEntry("content", "greeting=bonjour\n"));
    }

    @Test
    void deletingTheAppDeletesAllOfItsObjectsButNotTheSystemsNamespaceOrOtherApps() {
        App app = TestApps.web();
        App other = new App("shop", "api", 1, TestApps.template(AppType.ONLINE), 1, TestApps.NOW, TestApps.NOW);
        applier.apply(app.key(), objects.of(app));
        applier.apply(other.key(), objects.of(other));

        ApplyReport report = applier.delete(app.key());

        assertThat(report.deleted()).hasSize(7);
        assertThat(live()).isNotEmpty().allMatch(name -> name.endsWith("/api") || name.contains("/api-"));
        assertThat(client.namespaces().withName("shop").get()).isNotNull();
    }

    @Test
    void eachAppTypeGetsItsSchedulingFieldsOnTheCluster() {
        for (AppType type : AppType.values()) {
            App app = new App("shop", type.wireName(), 1, TestApps.template(type), 1, TestApps.NOW, TestApps.NOW);
            applier.apply(app.key(), objects.of(app));

            PodSpec pod = client.apps().deployments().inNamespace("shop").withName(type.wireName()).get().getSpec()
                    .getTemplate().getSpec();
            PodSpec wanted = AppObjectsTest.deployment(app).getSpec().getTemplate().getSpec();
            assertThat(pod.getPriorityClassName()).isEqualTo(wanted.getPriorityClassName());
            assertThat(pod.getTolerations()).isEqualTo(wanted.getTolerations());
            assertThat(pod.getAffinity()).isEqualTo(wanted.getAffinity());
            assertThat(pod.getTopologySpreadConstraints()).isEqualTo(wanted.getTopologySpreadConstraints());
            assertThat(pod.getContainers().get(0).getResources()).isEqualTo(wanted.getContainers().get(0).getResources());
        }
    }

    private Deployment deployment() {
        return client.apps().deployments().inNamespace("shop").withName("web").get();
    }

    /** Every object of any app kind in the system's namespace, as {@code Kind/name}. */
    private List<String> live() {
        List<HasMetadata> all = new ArrayList<>();
        all.addAll(client.configMaps().inNamespace("shop").list().getItems());
        all.addAll(client.secrets().inNamespace("shop").list().getItems());
        all.addAll(client.apps().deployments().inNamespace("shop").list().getItems());
        all.addAll(client.services().inNamespace("shop").list().getItems());
        all.addAll(client.resources(Ingress.class).inNamespace("shop").list().getItems());
        all.addAll(client.resources(PodDisruptionBudget.class).inNamespace("shop").list().getItems());
        return described(all);
    }

    private static List<String> described(List<? extends HasMetadata> objects) {
        return objects.stream().map(ObjectApplier::describe).toList();
    }
}
