package io.wharf.server.logs;

import io.wharf.engine.runtime.LogLine;

/** Lets through the lines after a cursor: none before its time, and at its time all but the first it counts. */
final class CursorFilter {
    private final LogCursor cursor;
    private int skipped;

    /** @param cursor null: every line */
    CursorFilter(LogCursor cursor) {
        this.cursor = cursor;
    }

    boolean pass(LogLine line) {
        if (cursor == null || line.time().isAfter(cursor.time())) {
            return true;
        }
        if (line.time().isBefore(cursor.time())) {
            return false;
        }
        if (skipped < cursor.seen()) {
            skipped++;
            return false;
        }
        return true;
    }
}
