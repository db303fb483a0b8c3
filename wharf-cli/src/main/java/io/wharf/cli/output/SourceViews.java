package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;

/** An app's build source and a system's registry logins; never a password or a webhook secret. */
public final class SourceViews {
    private SourceViews() {
    }

    /** {@code hookUrl} is where a git host sends pushes for this app. */
    public static String source(JsonNode source, String hookUrl) {
        return new Details()
                .add("Git", text(source.path("url")))
                .add("Ref", text(source.path("ref")))
                .add("Dockerfile", text(source.path("dockerfile")))
                .add("Context", text(source.path("context")))
                .add("Username", text(source.path("username")))
                .add("Password", source.path("hasPassword").asBoolean() ? "(set)" : "")
                .add("Auto-deploy", source.path("autoDeploy").asBoolean() ? "yes" : "no")
                .add("Webhook secret", source.path("hasWebhookSecret").asBoolean() ? "(set)" : "")
                .add("Webhook URL", hookUrl)
                .render();
    }

    public static String registries(String system, JsonNode registries) {
        Table table = new Table("HOST", "USERNAME", "UPDATED");
        registries.forEach(r -> table.row(text(r.path("host")), text(r.path("username")),
                timestamp(r.path("updatedAt"))));
        return table.isEmpty() ? "No registry logins in system " + system
                + "; add one with: wharf registry login " + system + " HOST --username U --password-stdin\n"
                : table.render();
    }
}
