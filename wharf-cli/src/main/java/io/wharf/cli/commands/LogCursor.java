package io.wharf.cli.commands;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a reader of a followed log is: the time of the last line read and how many lines with exactly that
 * time were read, sent back as {@code cursor=<time>/<count>} so that a reconnect neither loses nor repeats a line.
 */
record LogCursor(Instant time, int seen) {
    LogCursor {
        Objects.requireNonNull(time, "time");
        if (seen < 1) {
            throw new IllegalArgumentException("a cursor counts at least the one line read, not " + seen);
        }
    }

    /** The cursor after reading a line written at {@code lineTime}; {@code before} may be null. */
    static LogCursor after(LogCursor before, Instant lineTime) {
        return before != null && before.time.equals(lineTime) ? new LogCursor(lineTime, before.seen + 1)
                : new LogCursor(lineTime, 1);
    }

    @Override
    public String toString() {
        return time + "/" + seen;
    }
}
