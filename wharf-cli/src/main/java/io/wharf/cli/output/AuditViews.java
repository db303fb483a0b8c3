package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** Audit entries as people read them, in the server's order: newest first. */
public final class AuditViews {
    private AuditViews() {
    }

    /** The entries; {@code next} names the older page when there is one the table does not show. */
    public static String entries(Iterable<JsonNode> entries, String next) {
        Table table = new Table("TIME", "ACTOR", "SOURCE", "REQUEST", "STATUS", "SUMMARY");
        for (JsonNode entry : entries) {
            table.row(timestamp(entry.path("time")), text(entry.path("actor")), text(entry.path("source")),
                    text(entry.path("method")) + " " + text(entry.path("path")), text(entry.path("status")),
                    text(entry.path("summary")));
        }
        String text = table.isEmpty() ? "No audit entries match.\n" : table.render();
        return next == null ? text
                : text + "Older entries exist: add --before " + next + " for the next page, or --all for every page.\n";
    }
}
