package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** An app's secrets as people read them: where each appears, never its value. */
public final class SecretViews {
    private SecretViews() {
    }

    public static String list(String app, JsonNode secrets) {
        Table table = new Table("NAME", "AS", "VERSION", "UPDATED");
        for (JsonNode secret : secrets) {
            String env = text(secret.path("env"));
            table.row(text(secret.path("name")), env.isEmpty() ? "file " + text(secret.path("path")) : "env " + env,
                    text(secret.path("version")), timestamp(secret.path("updatedAt")));
        }
        return table.isEmpty() ? "No secrets for app " + app + ".\n" : table.render();
    }
}
