package io.wharf.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Turns JSON values into table cells: plain text, timestamps, ages. */
public final class Cells {
    private Cells() {
    }

    /** The value as text; empty when missing or null. */
    public static String text(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? "" : value.asText();
    }

    /** An ISO-8601 instant to the second, in UTC, such as 2026-11-26T06:53:37Z. */
    public static String timestamp(JsonNode value) {
        Instant instant = instant(value);
        return instant == null ? text(value) : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** How long ago, such as 45s, 12m, 5h or 3d; empty when unknown. */
    public static String age(JsonNode value, Instant now) {
        Instant instant = instant(value);
        return instant == null ? "" : age(Duration.between(instant, now));
    }

    static String age(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 120 * 60) {
            return seconds / 60 + "m";
        }
        if (seconds < 48 * 3600) {
            return seconds / 3600 + "h";
        }
        return seconds / 86400 + "d";
    }

    private static Instant instant(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return null;
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
