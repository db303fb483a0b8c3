package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Clusters as people read them: health first, never a kubeconfig. */
public final class ClusterViews {
    private ClusterViews() {
    }

    public static String list(JsonNode clusters) {
        Table table = table();
        clusters.forEach(cluster -> row(table, cluster));
        return table.render();
    }

    public static String one(JsonNode cluster) {
        Table table = table();
        row(table, cluster);
        return table.render();
    }

    private static Table table() {
        return new Table("NAME", "KIND", "REACHABLE", "VERSION", "NODES", "CPU", "MEMORY", "LABELS", "MESSAGE");
    }

    private static void row(Table table, JsonNode cluster) {
        JsonNode health = cluster.path("health");
        JsonNode allocatable = health.path("allocatable");
        table.row(text(cluster.path("name")), text(cluster.path("kind")),
                health.path("reachable").asBoolean() ? "yes" : "no", text(health.path("serverVersion")),
                text(health.path("nodes")), text(allocatable.path("cpu")), text(allocatable.path("memory")),
                labels(cluster.path("labels")), text(health.path("message")));
    }

    private static String labels(JsonNode labels) {
        List<String> pairs = new ArrayList<>();
        labels.properties().forEach(e -> pairs.add(e.getKey() + "=" + text(e.getValue())));
        return String.join(",", pairs);
    }
}
