package io.wharf.server.logs;

import io.wharf.engine.runtime.LogQuery;

/**
 * The {@code tail} and {@code since} of a logs request, as the API's {@code LogParams} reads them,
 * except that a {@code since} that is an RFC 3339 time is left to {@link FollowRequest}.
 */
public final class LogRequestParams {
    private LogRequestParams() {
    }

    public static LogQuery query(String tail, String since) {
        return io.wharf.server.api.LogParams.query(tail, since != null && since.contains("T") ? null : since);
    }
}
