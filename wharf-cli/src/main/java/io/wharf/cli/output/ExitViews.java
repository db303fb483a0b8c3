package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** The exits kept of an app, newest first: one row each, followed by its last lines, indented. */
public final class ExitViews {
    private static final String INDENT = "    ";

    private ExitViews() {
    }

    /** @param lines how many of each exit's last lines to show, 0 for none */
    public static String exits(String app, JsonNode exits, int lines) {
        if (exits.isEmpty()) {
            return "no exits of " + app + " are kept\n";
        }
        Table table = new Table("INSTANCE", "CODE", "REASON", "TIME");
        exits.forEach(e -> table.row(text(e.path("instance")), text(e.path("exitCode")), text(e.path("reason")),
                timestamp(e.path("time"))));
        List<String> rows = table.render().lines().toList();
        StringBuilder text = new StringBuilder(rows.get(0)).append('\n');
        for (int i = 0; i < exits.size(); i++) {
            text.append(rows.get(i + 1)).append('\n');
            JsonNode kept = exits.get(i).path("lines");
            for (int j = Math.max(0, kept.size() - lines); j < kept.size(); j++) {
                text.append(INDENT).append(kept.get(j).asText()).append('\n');
            }
        }
        return text.toString();
    }
}
