package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Apps as people read them: a line each in a list, or all of one app. */
public final class AppViews {
    private AppViews() {
    }

    public static String list(String system, JsonNode apps) {
        Table table = new Table("NAME", "IMAGE", "READY", "PHASE", "REVISION", "MESSAGE");
        for (JsonNode app : apps) {
            JsonNode status = app.path("status");
            table.row(text(app.path("name")), text(app.path("image")), ready(app), text(status.path("phase")),
                    text(app.path("revision")), text(status.path("message")));
        }
        return table.isEmpty() ? "No apps in system " + system + ".\n" : table.render();
    }

    public static String details(JsonNode app) {
        JsonNode status = app.path("status");
        JsonNode resources = app.path("resources");
        return new Details()
                .add("Name", text(app.path("system")) + "/" + text(app.path("name")))
                .add("Image", text(app.path("image")))
                .add("Type", text(app.path("type")))
                .add("Ready", ready(app))
                .add("Phase", text(status.path("phase")))
                .add("Message", text(status.path("message")))
                .add("Revision", text(app.path("revision")))
                .add("Port", text(app.path("port")))
                .add("Command", join(app.path("command"), " "))
                .add("Env", env(app.path("env")))
                .add("Domains", orDash(join(app.path("domains"), ", ")))
                .add("CPU", text(resources.path("cpu")))
                .add("Memory", text(resources.path("memory")))
                .add("Health check", healthCheck(app.path("healthCheck")))
                .add("Created", timestamp(app.path("createdAt")))
                .add("Updated", timestamp(app.path("updatedAt")))
                .render();
    }

    /** Ready instances out of the wanted number, such as 2/3. */
    static String ready(JsonNode app) {
        return text(app.path("status").path("readyReplicas")) + "/" + text(app.path("replicas"));
    }

    private static String env(JsonNode env) {
        List<String> pairs = new ArrayList<>();
        env.properties().forEach(e -> pairs.add(e.getKey() + "=" + text(e.getValue())));
        return String.join(", ", pairs);
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "-" : value;
    }

    private static String join(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(part -> parts.add(text(part)));
        return String.join(separator, parts);
    }

    private static String healthCheck(JsonNode check) {
        if (!check.isObject()) {
            return "";
        }
        String what = text(check.path("type")) + (check.hasNonNull("path") ? " " + text(check.path("path")) : "")
                + (check.hasNonNull("port") ? " on port " + text(check.path("port")) : "");
        return what + ", every " + text(check.path("periodSeconds")) + "s, timeout "
                + text(check.path("timeoutSeconds")) + "s, failing after " + text(check.path("failureThreshold"));
    }
}
