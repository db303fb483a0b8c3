package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** Releases and rollouts as people read them. */
public final class ReleaseViews {
    private ReleaseViews() {
    }

    public static String list(String app, JsonNode releases) {
        Table table = new Table("REVISION", "CREATED", "AUTHOR", "STRATEGY", "IMAGE", "SUMMARY");
        for (JsonNode r : releases) {
            table.row(text(r.path("revision")), timestamp(r.path("createdAt")), text(r.path("author")),
                    text(r.path("strategy").path("type")), text(r.path("image")), text(r.path("summary")));
        }
        return table.isEmpty() ? "No releases for app " + app + ".\n" : table.render();
    }

    public static String rollout(String app, JsonNode rollout) {
        Details details = new Details()
                .add("App", app)
                .add("Revision", text(rollout.path("revision")))
                .add("Phase", text(rollout.path("phase")))
                .add("Message", text(rollout.path("message")))
                .add("Replaces", text(rollout.path("fromRevision")))
                .add("Started", timestamp(rollout.path("startedAt")));
        if (!rollout.path("step").isNull() && !rollout.path("step").isMissingNode()) {
            details.add("Canary step", rollout.path("step").asInt() + 1);
        }
        if (!rollout.path("restores").isNull() && !rollout.path("restores").isMissingNode()) {
            details.add("Restores", text(rollout.path("restores")));
        }
        return details.render();
    }
}
