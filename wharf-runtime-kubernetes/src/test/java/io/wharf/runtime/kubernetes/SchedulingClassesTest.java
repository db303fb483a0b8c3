package io.wharf.runtime.kubernetes;

import static io.wharf.runtime.kubernetes.AppObjectsTest.container;
import static io.wharf.runtime.kubernetes.AppObjectsTest.deployment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulingClassesTest {
    @Test
    void onlineAppsAreGuaranteedWithTheOnlinePriorityAndSpreadOverNodesAndZones() {
        PodSpec pod = pod(TestApps.web(AppType.ONLINE));

        assertThat(pod.getPriorityClassName()).isEqualTo("wharf-online");
        assertThat(requests(TestApps.web(AppType.ONLINE))).isEqualTo(limits(TestApps.web(AppType.ONLINE)))
                .containsEntry("cpu", new Quantity("500m")).containsEntry("memory", new Quantity("256Mi"));
        assertThat(pod.getTopologySpreadConstraints()).extracting(TopologySpreadConstraint::getTopologyKey)
                .containsExactly("kubernetes.io/hostname", "topology.kubernetes.io/zone");
        assertThat(pod.getTolerations()).isEmpty();
        assertThat(pod.getAffinity()).isNull();
    }

    @Test
    void offlineAndBatchAppsAreLowPriorityBurstableTolerateColocationAndPreferTheColocationPool() {
        for (AppType type : List.of(AppType.OFFLINE, AppType.BATCH)) {
            App app = TestApps.web(type);
            PodSpec pod = pod(app);

            assertThat(pod.getPriorityClassName()).isEqualTo("wharf-" + type.wireName());
            assertThat(requests(app)).containsEntry("cpu", new Quantity("250m"))
                    .containsEntry("memory", new Quantity("128Mi"));
            assertThat(limits(app)).containsEntry("cpu", new Quantity("500m"));
            assertThat(pod.getTolerations()).singleElement().satisfies(t -> {
                assertThat(t.getKey()).isEqualTo("wharf.io/colocation");
                assertThat(t.getValue()).isEqualTo("true");
                assertThat(t.getEffect()).isEqualTo("NoSchedule");
            });
            var preferred = pod.getAffinity().getNodeAffinity().getPreferredDuringSchedulingIgnoredDuringExecution();
            assertThat(preferred).singleElement().satisfies(p -> {
                assertThat(p.getPreference().getMatchExpressions().get(0).getKey()).isEqualTo("wharf.io/pool");
                assertThat(p.getPreference().getMatchExpressions().get(0).getValues()).containsExactly("colocation");
            });
            assertThat(pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution()).isNull();
            assertThat(pod.getTopologySpreadConstraints()).isEmpty();
        }
    }

    @Test
    void anOfflineAppWithoutResourcesIsBestEffort() {
        App app = new App("shop", "crawler", 2, new AppTemplate("registry.example/shop/crawler:1", null,
                AppType.OFFLINE, null, null, Resources.NONE, null), 1, TestApps.NOW, TestApps.NOW);

        assertThat(requests(app)).isEmpty();
        assertThat(limits(app)).isEmpty();
    }

    @Test
    void gpuAppsGetOneGpuAndMustRunInTheGpuPool() {
        App app = TestApps.web(AppType.GPU);
        PodSpec pod = pod(app);

        assertThat(limits(app)).containsEntry("nvidia.com/gpu", new Quantity("1"));
        var required = pod.getAffinity().getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution();
        assertThat(required.getNodeSelectorTerms()).singleElement().satisfies(term -> {
            assertThat(term.getMatchExpressions().get(0).getKey()).isEqualTo("wharf.io/pool");
            assertThat(term.getMatchExpressions().get(0).getOperator()).isEqualTo("In");
            assertThat(term.getMatchExpressions().get(0).getValues()).containsExactly("gpu");
        });
    }

    @Test
    void aClusterCanOverrideTheClassOfAnAppType() {
        SchedulingClass twoGpus = new SchedulingClass("wharf-batch", 100, List.of(), List.of(), Map.of(),
                Map.of("wharf.io/pool", "a100"), 2);
        KubernetesSettings settings = KubernetesSettings.defaults()
                .withClasses(SchedulingClasses.defaults().with(AppType.GPU, twoGpus));
        App app = TestApps.web(AppType.GPU);
        PodSpec pod = AppObjectsTest.only(new AppObjects(settings, TestApps.SECRETS).of(app),
                io.fabric8.kubernetes.api.model.apps.Deployment.class).getSpec().getTemplate().getSpec();

        assertThat(pod.getPriorityClassName()).isEqualTo("wharf-batch");
        assertThat(pod.getContainers().get(0).getResources().getLimits()).containsEntry("nvidia.com/gpu",
                new Quantity("2"));
    }

    @Test
    void aClustersOverrideChangesOnlyTheFieldsItSets() {
        SchedulingClasses classes = SchedulingClasses.defaults().overriddenBy(Map.of(
                AppType.OFFLINE, new ClassOverride("wharf-batch", 30, null, Map.of("wharf.io/pool", "mixed")),
                AppType.GPU, new ClassOverride(null, null, Map.of("wharf.io/pool", "a100"), null)));

        SchedulingClass offline = classes.of(AppType.OFFLINE);
        assertThat(offline.priorityClassName()).isEqualTo("wharf-batch");
        assertThat(offline.requestPercent()).isEqualTo(30);
        assertThat(offline.preferredNodeLabels()).containsExactly(Map.entry("wharf.io/pool", "mixed"));
        assertThat(offline.tolerations()).containsExactly(Toleration.COLOCATION);
        assertThat(classes.of(AppType.GPU).requiredNodeLabels()).containsExactly(Map.entry("wharf.io/pool", "a100"));
        assertThat(classes.of(AppType.GPU).priorityClassName()).isEqualTo(SchedulingClass.gpu().priorityClassName());
        assertThat(classes.of(AppType.ONLINE)).isEqualTo(SchedulingClass.online());
        assertThat(classes.of(AppType.BATCH)).isEqualTo(SchedulingClasses.defaults().of(AppType.BATCH));
    }

    @Test
    void aClustersOverrideCannotNameAPriorityClassThatIsNotWharfs() {
        ClassOverride foreign = new ClassOverride("system-cluster-critical", 30, null, null);
        SchedulingClasses classes = SchedulingClasses.defaults().overriddenBy(Map.of(AppType.OFFLINE, foreign));

        assertThat(foreign.priorityClassAllowed()).isFalse();
        assertThat(classes.of(AppType.OFFLINE).priorityClassName()).isEqualTo("wharf-offline");
        assertThat(classes.of(AppType.OFFLINE).requestPercent()).isEqualTo(30);
        assertThat(new ClassOverride("wharf-online", null, null, null).priorityClassAllowed()).isTrue();
        assertThat(new ClassOverride(null, 50, null, null).priorityClassAllowed()).isTrue();
    }

    @Test
    void aSchedulingClassTakesOnlyOneOfWharfsPriorityClasses() {
        assertThatThrownBy(() -> new SchedulingClass("system-node-critical", 100, List.of(), List.of(), Map.of(),
                Map.of(), 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wharf-online");
    }

    @Test
    void aSchedulingClassRefusesRequestsAboveTheLimits() {
        assertThatThrownBy(() -> new SchedulingClass("wharf-online", 150, List.of(), List.of(), Map.of(), Map.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestPercent");
    }

    private static PodSpec pod(App app) {
        return deployment(app).getSpec().getTemplate().getSpec();
    }

    private static Map<String, Quantity> requests(App app) {
        return container(app).getResources().getRequests();
    }

    private static Map<String, Quantity> limits(App app) {
        return container(app).getResources().getLimits();
    }
}
