package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** Systems as people read them. */
public final class SystemViews {
    private SystemViews() {
    }

    public static String list(JsonNode systems) {
        Table table = new Table("NAME", "DESCRIPTION", "CREATED");
        systems.forEach(system -> row(table, system));
        return table.isEmpty() ? "No systems yet; create one with: wharf system create NAME\n" : table.render();
    }

    public static String one(JsonNode system) {
        Table table = new Table("NAME", "DESCRIPTION", "CREATED");
        row(table, system);
        return table.render();
    }

    private static void row(Table table, JsonNode system) {
        table.row(text(system.path("name")), text(system.path("description")), timestamp(system.path("createdAt")));
    }
}
