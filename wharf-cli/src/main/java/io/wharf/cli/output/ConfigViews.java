package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;

/** An app's config files as people read them. */
public final class ConfigViews {
    private ConfigViews() {
    }

    public static String list(String app, JsonNode configs) {
        Table table = new Table("NAME", "PATH", "SIZE", "REVISION");
        for (JsonNode config : configs) {
            table.row(text(config.path("name")), text(config.path("path")), text(config.path("size")),
                    config.path("staged").asBoolean() ? "staged" : text(config.path("revision")));
        }
        return table.isEmpty() ? "No config files for app " + app + ".\n" : table.render();
    }
}
