package io.wharf.server.logs;

import io.wharf.engine.runtime.LogQuery;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.time.Instant;
import java.util.List;

/**
 * What a follow request asks: lines after {@code cursor} (null: the last {@code tail} lines), each
 * with its time when {@code timestamps}.
 */
public record FollowRequest(int tail, LogCursor cursor, boolean timestamps) {
    public FollowRequest {
        if (tail < LogQuery.MIN_TAIL || tail > LogQuery.MAX_TAIL) {
            throw new IllegalArgumentException("tail must be between " + LogQuery.MIN_TAIL + " and " + LogQuery.MAX_TAIL);
        }
    }

    /**
     * @param since  an RFC 3339 time: lines at or after it (whole seconds back from now are read as such)
     * @param cursor {@code <time>/<count>} as {@link LogCursor}; not with since
     */
    public static FollowRequest of(LogQuery query, String since, String cursor, boolean timestamps, Instant now) {
        if (since != null && cursor != null) {
            throw new ValidationException(List.of(new FieldError("cursor", "give since or cursor, not both")));
        }
        LogCursor from = cursor != null ? LogCursor.parse("cursor", cursor)
                : since != null && since.contains("T") ? LogCursor.parse("since", since)
                : query.sinceSeconds() != null ? new LogCursor(now.minusSeconds(query.sinceSeconds()), 0) : null;
        return new FollowRequest(query.tailLines(), from, timestamps);
    }

    Instant since() {
        return cursor == null ? null : cursor.time();
    }
}
