package io.wharf.cli.commands;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/** A followed log's line as the server sends it with timestamps=true: an RFC 3339 time, a space, the text. */
record TimedLine(Instant time, String text) {
    TimedLine {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
    }

    /** Empty when the line does not start with a time, such as the server's own note that it dropped the stream. */
    static Optional<TimedLine> parse(String line) {
        int space = line.indexOf(' ');
        String time = space < 0 ? line : line.substring(0, space);
        try {
            return Optional.of(new TimedLine(Instant.parse(time), space < 0 ? "" : line.substring(space + 1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
