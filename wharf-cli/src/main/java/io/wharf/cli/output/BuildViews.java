package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;
import static io.wharf.cli.output.Cells.timestamp;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Builds as people read them, in the server's order: newest first. */
public final class BuildViews {
    private static final int SHORT_COMMIT = 12;

    private BuildViews() {
    }

    public static String list(String app, JsonNode builds, Instant now) {
        Table table = new Table("ID", "STATE", "COMMIT", "STARTED", "DURATION", "MESSAGE");
        for (JsonNode build : builds) {
            table.row(text(build.path("id")), text(build.path("state")), shortCommit(build.path("commit")),
                    timestamp(build.path("startedAt")), duration(build, now), firstLine(build.path("message")));
        }
        return table.isEmpty() ? "No builds for app " + app + "; start one with: wharf build " + app + "\n"
                : table.render();
    }

    /** One line on how a build ended, such as "build b-7 of demo/hello Succeeded in 42s: registry/x@sha256:...". */
    public static String outcome(String app, JsonNode build, Instant now) {
        String state = text(build.path("state"));
        String line = "build " + text(build.path("id")) + " of " + app + " " + state;
        String took = duration(build, now);
        if (!took.isEmpty()) {
            line += " in " + took;
        }
        String image = text(build.path("image"));
        String digest = text(build.path("digest"));
        if ("Succeeded".equals(state) && !image.isEmpty()) {
            line += ": " + image + (digest.isEmpty() ? "" : "@" + digest);
        } else if (!text(build.path("message")).isEmpty()) {
            line += ": " + text(build.path("message"));
        }
        return line + "\n";
    }

    /** How long a build ran: to its end, or until now while it runs; empty before it started. */
    static String duration(JsonNode build, Instant now) {
        Instant started = instant(build.path("startedAt"));
        if (started == null) {
            return "";
        }
        Instant finished = instant(build.path("finishedAt"));
        return length(Duration.between(started, finished == null ? now : finished));
    }

    /** Such as 42s, 3m07s or 1h05m. */
    static String length(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return "%dm%02ds".formatted(seconds / 60, seconds % 60);
        }
        return "%dh%02dm".formatted(seconds / 3600, seconds % 3600 / 60);
    }

    static String shortCommit(JsonNode commit) {
        String sha = text(commit);
        return sha.length() > SHORT_COMMIT ? sha.substring(0, SHORT_COMMIT) : sha;
    }

    static String firstLine(JsonNode message) {
        return text(message).lines().findFirst().orElse("");
    }

    private static Instant instant(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
