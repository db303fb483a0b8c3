package io.wharf.cli.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.UnreachableException;
import io.wharf.cli.output.EventViews;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Follows the events after a cursor (an event id). When the stream ends or drops, it reconnects after
 * the last event printed, so that no event is lost or printed twice; it gives up after failed
 * reconnects in a row, and ends with the server's error when the system or app is gone.
 */
final class EventFollower {
    private final Session session;
    private final EventScope scope;
    private final PrintWriter err;
    private long cursor;

    EventFollower(Session session, EventScope scope, long after, PrintWriter err) {
        this.session = Objects.requireNonNull(session, "session");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.err = Objects.requireNonNull(err, "err");
        this.cursor = after;
    }

    /** Follows until Ctrl-C; returns 1 when reconnecting failed too often. */
    int follow() {
        Reconnects reconnects = new Reconnects();
        while (reconnects.awaitTurn()) {
            int[] read = {0};
            UnreachableException failure = null;
            try {
                session.api().streamLines(scope.path() + "?follow=true&after=" + cursor, line -> read[0] += print(line));
            } catch (UnreachableException e) {
                failure = e;
            }
            if (read[0] > 0) {
                reconnects.succeeded();
            } else if (reconnects.failedTooOften()) {
                if (failure != null) {
                    throw failure;
                }
                err.println("wharf: the events of " + scope + " ended " + Reconnects.MAX_FAILED
                        + " times in a row without one; stopped following");
                return 1;
            }
            err.println("wharf: reconnecting to the events of " + scope + " after event " + cursor);
            err.flush();
        }
        return 0;
    }

    private int print(String line) {
        if (line.isBlank()) {
            return 0; // the server's keep-alive
        }
        JsonNode event;
        try {
            event = session.json().readTree(line);
        } catch (JsonProcessingException e) {
            err.println("wharf: skipped a line from the server that is not an event");
            return 0;
        }
        cursor = event.path("id").asLong(cursor);
        session.printer().line(session.printer().isTable() ? EventViews.line(event, scope.wholeSystem()) : line);
        return 1;
    }
}
