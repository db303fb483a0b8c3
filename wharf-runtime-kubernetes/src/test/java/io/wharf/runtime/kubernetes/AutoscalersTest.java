package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.wharf.model.App;
import io.wharf.model.AppType;
import io.wharf.model.Autoscale;
import io.wharf.model.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class AutoscalersTest {
    private final AppObjects objects = TestApps.objects();

    private static App autoscaled() {
        App web = TestApps.web();
        return web.withScaling(3, null, new Autoscale(2, 10, 70), TestApps.NOW);
    }

    @Test
    void anAutoscaledAppGetsAHorizontalPodAutoscalerOnItsDeploymentAtItsCpuTarget() {
        HorizontalPodAutoscaler hpa = only(objects.of(autoscaled()), HorizontalPodAutoscaler.class);

        assertThat(hpa.getMetadata().getName()).isEqualTo("web");
        assertThat(hpa.getMetadata().getLabels()).containsEntry("wharf.io/app", "web");
        assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("web");
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
        assertThat(hpa.getSpec().getMetrics()).singleElement().satisfies(m -> {
            assertThat(m.getResource().getName()).isEqualTo("cpu");
            assertThat(m.getResource().getTarget().getAverageUtilization()).isEqualTo(70);
        });
    }

    @Test
    void theDeploymentOfAnAutoscaledAppLeavesItsReplicasToTheAutoscaler() {
        assertThat(only(objects.of(autoscaled()), Deployment.class).getSpec().getReplicas()).isNull();
        assertThat(only(objects.of(TestApps.web()), Deployment.class).getSpec().getReplicas()).isEqualTo(3);
        assertThat(objects.of(TestApps.web())).noneMatch(HorizontalPodAutoscaler.class::isInstance);
    }

    @Test
    void theAppsGpuCountBecomesTheContainersGpuLimitAndRequest() {
        App web = TestApps.web(AppType.GPU);
        App twoGpus = web.withRelease(web.template().withResources(new Resources("2", "4Gi", 2)), 2, null,
                TestApps.NOW);

        var resources = only(objects.of(twoGpus), Deployment.class).getSpec().getTemplate().getSpec().getContainers()
                .get(0).getResources();
        assertThat(resources.getLimits()).containsEntry(PodResources.GPU, new Quantity("2"));
        assertThat(resources.getRequests()).containsEntry(PodResources.GPU, new Quantity("2"));
    }

    @Test
    void anAutoscaledGpuAppRendersValidKubernetesObjects() throws Exception {
        App web = TestApps.web(AppType.GPU);
        App app = web.withRelease(web.template().withResources(new Resources("2", "4Gi", 2)), 2, null, TestApps.NOW)
                .withScaling(3, null, new Autoscale(1, 4, 80), TestApps.NOW);
        String yaml = ManifestRenderer.render(objects.of(app));

        for (String document : yaml.split("(?m)^---\\n")) {
            if (!document.isBlank()) {
                assertThat(KubernetesSchema.problems(document)).as(document).isEmpty();
            }
        }
        assertThat(yaml).contains("kind: \"HorizontalPodAutoscaler\"");
    }

    private static <T extends HasMetadata> T only(List<HasMetadata> all, Class<T> kind) {
        return all.stream().filter(kind::isInstance).map(kind::cast).reduce((a, b) -> {
            throw new AssertionError("more than one " + kind.getSimpleName());
        }).orElseThrow(() -> new AssertionError("no " + kind.getSimpleName()));
    }
}
