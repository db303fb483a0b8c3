package io.wharf.server.api;

import io.wharf.engine.runtime.LogQuery;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.ArrayList;
import java.util.List;

/** Reads the {@code tail} and {@code since} query parameters of a logs request; bad values are 422s that name them. */
public final class LogParams {
    private LogParams() {
    }

    /**
     * @param tail  lines, {@value LogQuery#MIN_TAIL} to {@value LogQuery#MAX_TAIL}; null: {@value LogQuery#DEFAULT_TAIL}
     * @param since whole seconds back from now; null: however old
     */
    public static LogQuery query(String tail, String since) {
        List<FieldError> errors = new ArrayList<>();
        Long lines = tail == null ? Long.valueOf(LogQuery.DEFAULT_TAIL) : number(tail);
        if (lines == null || lines < LogQuery.MIN_TAIL || lines > LogQuery.MAX_TAIL) {
            errors.add(new FieldError("tail", "must be a whole number of lines between " + LogQuery.MIN_TAIL + " and "
                    + LogQuery.MAX_TAIL + ", not '" + tail + "'"));
        }
        Long seconds = since == null ? null : number(since);
        if (since != null && (seconds == null || seconds < 1 || seconds > Integer.MAX_VALUE)) {
            errors.add(new FieldError("since", "must be a whole number of seconds, at least 1 (for example 600 for "
                    + "the last 10 minutes), not '" + since + "'"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new LogQuery(lines.intValue(), seconds);
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
