package io.wharf.engine.runtime;

import java.time.Instant;
import java.util.Objects;

/** One line an instance printed, without its line end, and when the runtime recorded it (to the nanosecond). */
public record LogLine(Instant time, String text) {
    public LogLine {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(text, "text");
    }
}
