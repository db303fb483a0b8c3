package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** Events as people read them: a table in the server's order (newest first), or one line each as they come. */
public final class EventViews {
    private EventViews() {
    }

    /** @param withApp whether to show each event's app (the events of a whole system) */
    public static String events(String scope, JsonNode events, boolean withApp) {
        Table table = withApp ? new Table("TIME", "APP", "TYPE", "REASON", "MESSAGE")
                : new Table("TIME", "TYPE", "REASON", "MESSAGE");
        for (JsonNode event : events) {
            if (withApp) {
                table.row(timestamp(event.path("time")), text(event.path("app")), text(event.path("type")),
                        text(event.path("reason")), text(event.path("message")));
            } else {
                table.row(timestamp(event.path("time")), text(event.path("type")), text(event.path("reason")),
                        text(event.path("message")));
            }
        }
        return table.isEmpty() ? "No events for " + scope + ".\n" : table.render();
    }

    /** One followed event on one line: time, [app,] type, reason and message, separated by spaces. */
    public static String line(JsonNode event, boolean withApp) {
        return String.format("%-22s %s%-8s %-16s %s", timestamp(event.path("time")),
                withApp ? text(event.path("app")) + " " : "", text(event.path("type")), text(event.path("reason")),
                text(event.path("message"))).stripTrailing();
    }
}
