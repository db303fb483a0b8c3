package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerBuilder;
import io.wharf.model.App;
import io.wharf.model.Autoscale;

/** The HorizontalPodAutoscaler of an app that scales with load: it owns the Deployment's replicas. */
final class Autoscalers {
    private Autoscalers() {
    }

    static HorizontalPodAutoscaler of(App app) {
        Autoscale autoscale = app.autoscale();
        return new HorizontalPodAutoscalerBuilder()
                .withNewMetadata().withName(ObjectNames.workload(app)).withNamespace(app.system())
                .withLabels(ObjectLabels.app(app)).endMetadata()
                .withNewSpec()
                .withNewScaleTargetRef().withApiVersion("apps/v1").withKind("Deployment")
                .withName(ObjectNames.workload(app)).endScaleTargetRef()
                .withMinReplicas(autoscale.min())
                .withMaxReplicas(autoscale.max())
                .addNewMetric().withType("Resource").withNewResource().withName("cpu")
                .withNewTarget().withType("Utilization").withAverageUtilization(autoscale.cpuPercent()).endTarget()
                .endResource().endMetric()
                .endSpec()
                .build();
    }
}
