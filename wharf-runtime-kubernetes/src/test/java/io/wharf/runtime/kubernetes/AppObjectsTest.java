package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.ConfigFile;
import io.wharf.model.TemplateFingerprint;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppObjectsTest {
    private final AppObjects objects = TestApps.objects();

    @Test
    void anAppWithAPortBecomesNamespaceFilesDeploymentServiceIngressAndDisruptionBudgetInThatOrder() {
        List<String> described = objects.of(TestApps.web()).stream().map(ObjectApplier::describe).toList();

        assertThat(described).containsExactly("Namespace/shop",
                "ConfigMap/web-config-app-" + ObjectNames.contentHash(TestApps.web().template().configs().get(0)),
                "Secret/web-secret-db-v1", "Secret/web-secret-token-v2",
                "Deployment/web", "Service/web", "Ingress/web", "PodDisruptionBudget/web");
    }

    @Test
    void aSystemWithCredentialsForTheImagesRegistryGetsAPullSecretThatThePodsReference() {
        List<HasMetadata> all = new AppObjects(KubernetesSettings.defaults(), TestApps.WITH_REGISTRY).of(TestApps.web());

        Secret pull = (Secret) all.get(1);
        assertThat(pull.getType()).isEqualTo("kubernetes.io/dockerconfigjson");
        assertThat(pull.getMetadata().getName()).isEqualTo(PullSecrets.name("registry.example")).startsWith("wharf-registry-");
        assertThat(pull.getMetadata().getLabels()).containsEntry("wharf.io/system", "shop").doesNotContainKey("wharf.io/app");
        String config = new String(Base64.getDecoder().decode(pull.getData().get(".dockerconfigjson")), StandardCharsets.UTF_8);
        assertThat(config).contains("\"registry.example\"").contains("\"username\":\"puller\"").contains("\"password\":\"pull-pw\"");
        Deployment deployment = all.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .findFirst().orElseThrow();
        assertThat(deployment.getSpec().getTemplate().getSpec().getImagePullSecrets())
                .extracting(r -> r.getName()).containsExactly(pull.getMetadata().getName());
        assertThat(objects.of(TestApps.web())).noneMatch(o -> o.getMetadata().getName().startsWith("wharf-registry-"));
    }

    @Test
    void anAppWithoutAPortGetsNoServiceAndNoIngress() {
        App worker = new App("shop", "worker", 1, new AppTemplate("registry.example/shop/worker:1", null,
                AppType.BATCH, null, null, null, null), 1, TestApps.NOW, TestApps.NOW);

        assertThat(objects.of(worker)).extracting(HasMetadata::getKind)
                .containsExactly("Namespace", "Deployment", "PodDisruptionBudget");
    }

    @Test
    void everyObjectOfTheAppCarriesTheSystemAndAppLabelsAndTheNamespaceOnlyTheSystemLabel() {
        List<HasMetadata> all = objects.of(TestApps.web());

        assertThat(all.get(0).getMetadata().getLabels()).containsEntry("wharf.io/system", "shop")
                .doesNotContainKey("wharf.io/app");
        assertThat(all.subList(1, all.size())).allSatisfy(o -> assertThat(o.getMetadata().getLabels())
                .containsEntry("wharf.io/system", "shop").containsEntry("wharf.io/app", "web"));
        assertThat(all.subList(1, all.size())).allSatisfy(o -> assertThat(o.getMetadata().getNamespace())
                .isEqualTo("shop"));
    }

    @Test
    void thePodTemplateIsLabelledWithSystemAppRevisionAndTemplateAndTheSelectorWithNeither() {
        Deployment deployment = deployment(TestApps.web());

        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).containsEntry("wharf.io/system", "shop")
                .containsEntry("wharf.io/app", "web").containsEntry("wharf.io/revision", "1")
                .containsEntry("wharf.io/template", TemplateFingerprint.of(TestApps.web().template()));
        assertThat(deployment.getSpec().getSelector().getMatchLabels()).doesNotContainKeys("wharf.io/revision",
                "wharf.io/template");
        assertThat(deployment.getSpec().getReplicas()).isEqualTo(3);
    }

    @Test
    void theContainerRunsTheImageWithTheCommandAsArgumentsAndAReadinessProbeFromTheHealthCheck() {
        Container container = container(TestApps.web());

        assertThat(container.getImage()).isEqualTo("registry.example/shop/web:1");
        assertThat(container.getArgs()).containsExactly("serve", "--port", "8080");
        assertThat(container.getCommand()).isEmpty();
        assertThat(container.getPorts().get(0).getContainerPort()).isEqualTo(8080);
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
        assertThat(container.getReadinessProbe().getHttpGet().getPort().getIntVal()).isEqualTo(8080);
        assertThat(container.getReadinessProbe().getPeriodSeconds()).isEqualTo(5);
    }

    @Test
    void everyPodRunsWithTheDefaultSeccompProfileAndNoServiceAccountToken() {
        var pod = deployment(TestApps.web()).getSpec().getTemplate().getSpec();

        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
    }

    @Test
    void theContainerCannotGainPrivilegesAndDropsEveryCapabilityButTheAppsListedAdds() {
        var security = container(TestApps.web()).getSecurityContext();

        assertThat(security.getAllowPrivilegeEscalation()).isFalse();
        assertThat(security.getPrivileged()).isFalse();
        assertThat(security.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(security.getCapabilities().getAdd()).containsExactly("NET_BIND_SERVICE");
    }

    @Test
    void anAppThatListsNoCapabilitiesGetsNoneAdded() {
        App web = TestApps.web();
        App plain = web.withRelease(web.template().withCapabilities(List.of()), 2, null, TestApps.NOW);

        assertThat(container(plain).getSecurityContext().getCapabilities().getAdd()).isEmpty();
        assertThat(container(plain).getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    }

    @Test
    void theEnvironmentHasTheAppsVariablesWharfsVariablesAndSecretsOnlyAsReferences() {
        List<EnvVar> env = container(TestApps.web()).getEnv();

        assertThat(env).extracting(EnvVar::getName).isSorted()
                .contains("LOG_LEVEL", "PORT", "WHARF_APP", "WHARF_INSTANCE", "WHARF_REVISION", "WHARF_SYSTEM");
        EnvVar token = env.stream().filter(e -> e.getName().equals("API_TOKEN")).findFirst().orElseThrow();
        assertThat(token.getValue()).isNull();
        assertThat(token.getValueFrom().getSecretKeyRef().getName()).isEqualTo("web-secret-token-v2");
        assertThat(env).extracting(EnvVar::getValue).noneMatch(v -> v != null && v.startsWith("s3cret"));
    }

    @Test
    void aConfigFileIsAnImmutableConfigMapNamedByItsContentAndMountedReadOnlyAtItsPath() {
        App app = TestApps.web();
        ConfigMap map = only(objects.of(app), ConfigMap.class);
        App changed = app.withTemplate(app.template().withConfigs(
                List.of(new ConfigFile("app", "/etc/web/app.conf", "greeting=bonjour\n"))), TestApps.NOW);

        assertThat(map.getImmutable()).isTrue();
        assertThat(map.getData()).containsExactly(Map.entry("content", "greeting=hello\n"));
        assertThat(only(objects.of(changed), ConfigMap.class).getMetadata().getName())
                .startsWith("web-config-app-").isNotEqualTo(map.getMetadata().getName());
        assertThat(container(app).getVolumeMounts()).anySatisfy(m -> {
            assertThat(m.getMountPath()).isEqualTo("/etc/web/app.conf");
            assertThat(m.getSubPath()).isEqualTo("content");
            assertThat(m.getReadOnly()).isTrue();
        });
    }

    @Test
    void aSecretFileIsAnImmutableSecretPerVersionWithItsValueFromTheSecretStoreMountedOwnerReadOnly() {
        App app = TestApps.web();
        Secret db = objects.of(app).stream().filter(o -> o.getMetadata().getName().equals("web-secret-db-v1"))
                .map(Secret.class::cast).findFirst().orElseThrow();

        assertThat(db.getImmutable()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(db.getData().get("content")), StandardCharsets.UTF_8))
                .isEqualTo("s3cret-db-1");
        assertThat(deployment(app).getSpec().getTemplate().getSpec().getVolumes())
                .filteredOn(v -> v.getSecret() != null)
                .anySatisfy(v -> assertThat(v.getSecret().getDefaultMode()).isEqualTo(0400));
        assertThat(container(app).getVolumeMounts()).anySatisfy(m ->
                assertThat(m.getMountPath()).isEqualTo("/run/secrets/db"));
    }

    @Test
    void theServiceExposesTheAppsPortToItsPods() {
        Service service = only(objects.of(TestApps.web()), Service.class);

        assertThat(service.getSpec().getPorts().get(0).getPort()).isEqualTo(8080);
        assertThat(service.getSpec().getPorts().get(0).getTargetPort().getIntVal()).isEqualTo(8080);
        assertThat(service.getSpec().getSelector()).containsEntry("wharf.io/app", "web");
    }

    @Test
    void theIngressServesTheAppsOwnNameUnderTheClusterDomainAndItsCustomDomains() {
        Ingress ingress = only(objects.of(TestApps.web()), Ingress.class);

        assertThat(ingress.getSpec().getRules()).extracting(IngressRule::getHost)
                .containsExactly("web.shop.wharf.localhost", "shop.example.com");
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService()
                .getName()).isEqualTo("web");
    }

    @Test
    void theDisruptionBudgetLetsOneInstanceAtATimeBeEvicted() {
        PodDisruptionBudget budget = only(objects.of(TestApps.web()), PodDisruptionBudget.class);

        assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
        assertThat(budget.getSpec().getSelector().getMatchLabels()).containsEntry("wharf.io/app", "web");
    }

    @Test
    void theRollingUpdateTakesTheAppsStrategyWithCountsAsIntegersAndPercentagesAsStrings() {
        Deployment deployment = deployment(TestApps.web());

        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxSurge().getStrVal()).isEqualTo("25%");
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        assertThat(deployment.getSpec().getProgressDeadlineSeconds()).isEqualTo(120);
    }

    @Test
    void buildingTwiceGivesEqualObjects() {
        assertThat(objects.of(TestApps.web())).isEqualTo(objects.of(TestApps.web()));
    }

    static Deployment deployment(App app) {
        return only(TestApps.objects().of(app), Deployment.class);
    }

    static Container container(App app) {
        return deployment(app).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    static <T> T only(List<HasMetadata> objects, Class<T> kind) {
        List<T> matching = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
