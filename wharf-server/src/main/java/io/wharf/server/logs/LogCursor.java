package io.wharf.server.logs;

import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * Where a reader of a followed log stopped: the time of the last line it got (RFC 3339) and how many
 * lines with exactly that time it got, written {@code <time>/<count>}. Runtimes give several lines
 * the same time (Podman whole seconds), so the time alone cannot tell which of them were read; with
 * the count a reconnecting reader gets every later line once. A bare time means no line at it was read.
 */
public record LogCursor(Instant time, int seen) {
    public LogCursor {
        Objects.requireNonNull(time, "time");
        if (seen < 0) {
            throw new IllegalArgumentException("seen must not be negative, not " + seen);
        }
    }

    /** Reads {@code <RFC 3339 time>[/<count>]}; a bad value is a 422 naming {@code field}. */
    public static LogCursor parse(String field, String text) {
        int slash = text.lastIndexOf('/');
        try {
            Instant time = Instant.parse(slash < 0 ? text.trim() : text.substring(0, slash).trim());
            int seen = slash < 0 ? 0 : Integer.parseInt(text.substring(slash + 1).trim());
            if (seen >= 0) {
                return new LogCursor(time, seen);
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(List.of(new FieldError(field, "must be an RFC 3339 time, optionally followed by"
                + " /<lines already read at that time>, for example 2026-01-31T12:00:05Z/2, not '" + text + "'")));
    }

    @Override
    public String toString() {
        return time + "/" + seen;
    }
}
