package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** An app's events as people read them, in the server's order: newest first. */
public final class EventViews {
    private EventViews() {
    }

    public static String events(String app, JsonNode events) {
        Table table = new Table("TIME", "TYPE", "REASON", "MESSAGE");
        for (JsonNode event : events) {
            table.row(timestamp(event.path("time")), text(event.path("type")), text(event.path("reason")),
                    text(event.path("message")));
        }
        return table.isEmpty() ? "No events for app " + app + ".\n" : table.render();
    }
}
