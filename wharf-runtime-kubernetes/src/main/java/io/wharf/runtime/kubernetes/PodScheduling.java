package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Affinity;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import io.fabric8.kubernetes.api.model.NodeAffinity;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTermBuilder;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.PreferredSchedulingTermBuilder;
import io.fabric8.kubernetes.api.model.TolerationBuilder;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraintBuilder;
import io.wharf.model.App;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Puts an app's scheduling class on its pod spec: priority, spread, tolerations and node pools. */
final class PodScheduling {
    private static final int PREFERRED_WEIGHT = 100;

    private PodScheduling() {
    }

    static PodSpecBuilder apply(PodSpecBuilder pod, App app, SchedulingClass schedulingClass) {
        pod.withPriorityClassName(schedulingClass.priorityClassName());
        for (String topologyKey : schedulingClass.spreadTopologyKeys()) {
            // ScheduleAnyway: a cluster without zones (or with one node) still runs the app
            pod.addToTopologySpreadConstraints(new TopologySpreadConstraintBuilder()
                    .withMaxSkew(1).withTopologyKey(topologyKey).withWhenUnsatisfiable("ScheduleAnyway")
                    .withLabelSelector(new LabelSelectorBuilder()
                            .withMatchLabels(ObjectLabels.selector(app.key())).build())
                    .build());
        }
        for (Toleration toleration : schedulingClass.tolerations()) {
            pod.addToTolerations(new TolerationBuilder().withKey(toleration.key()).withOperator("Equal")
                    .withValue(toleration.value()).withEffect(toleration.effect()).build());
        }
        NodeAffinity nodeAffinity = nodeAffinity(schedulingClass);
        if (nodeAffinity != null) {
            Affinity affinity = new Affinity();
            affinity.setNodeAffinity(nodeAffinity);
            pod.withAffinity(affinity);
        }
        return pod;
    }

    private static NodeAffinity nodeAffinity(SchedulingClass schedulingClass) {
        if (schedulingClass.preferredNodeLabels().isEmpty() && schedulingClass.requiredNodeLabels().isEmpty()) {
            return null;
        }
        NodeAffinity affinity = new NodeAffinity();
        if (!schedulingClass.requiredNodeLabels().isEmpty()) {
            affinity.setRequiredDuringSchedulingIgnoredDuringExecution(new io.fabric8.kubernetes.api.model
                    .NodeSelectorBuilder().withNodeSelectorTerms(new NodeSelectorTermBuilder()
                            .withMatchExpressions(matching(schedulingClass.requiredNodeLabels())).build())
                    .build());
        }
        if (!schedulingClass.preferredNodeLabels().isEmpty()) {
            affinity.setPreferredDuringSchedulingIgnoredDuringExecution(List.of(new PreferredSchedulingTermBuilder()
                    .withWeight(PREFERRED_WEIGHT).withNewPreference()
                    .withMatchExpressions(matching(schedulingClass.preferredNodeLabels())).endPreference().build()));
        }
        return affinity;
    }

    private static List<NodeSelectorRequirement> matching(Map<String, String> labels) {
        return new TreeMap<>(labels).entrySet().stream()
                .map(e -> new NodeSelectorRequirement(e.getKey(), "In", List.of(e.getValue())))
                .toList();
    }
}
