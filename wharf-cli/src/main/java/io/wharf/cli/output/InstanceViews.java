package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.age;
import static io.wharf.cli.output.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An app's instances as people read them. */
public final class InstanceViews {
    private InstanceViews() {
    }

    public static String instances(String app, JsonNode instances, Instant now) {
        Table table = new Table("ID", "CLUSTER", "STATE", "READY", "ADDRESS", "REVISION", "RESTARTS", "AGE");
        for (JsonNode instance : instances) {
            table.row(text(instance.path("id")), text(instance.path("cluster")), text(instance.path("state")), text(instance.path("ready")),
                    text(instance.path("address")), text(instance.path("revision")), text(instance.path("restarts")),
                    age(instance.path("startedAt"), now));
        }
        return table.isEmpty() ? "No instances of app " + app + ".\n" : table.render();
    }
}
