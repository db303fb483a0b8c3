package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiException;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.http.UnreachableException;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Follows one instance's log: asks for each line's time, keeps the cursor, and while the instance still
 * runs reconnects with it when the stream ends or is dropped, so that no line is lost or printed twice.
 */
final class InstanceLogFollower {
    static final String DROPPED = "wharf: this stream was dropped";
    private final Session session;
    private final AppRef ref;
    private final String instance;
    private final int tail;
    private final boolean timestamps;
    private final PrintWriter err;
    private LogCursor cursor;

    InstanceLogFollower(Session session, AppRef ref, String instance, int tail, boolean timestamps, PrintWriter err) {
        this.session = Objects.requireNonNull(session, "session");
        this.ref = Objects.requireNonNull(ref, "ref");
        this.instance = Objects.requireNonNull(instance, "instance");
        this.tail = tail;
        this.timestamps = timestamps;
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Returns the exit code: 0 when the instance ended (or on Ctrl-C), 1 when reconnecting failed too often. */
    int follow() {
        Reconnects reconnects = new Reconnects();
        boolean first = true;
        while (reconnects.awaitTurn()) {
            int[] read = {0};
            RuntimeException failure = null;
            try {
                session.api().streamLines(path(), line -> read[0] += print(line));
            } catch (ApiException e) {
                if (first || e.problem().status() != 404) {
                    throw e;
                }
                return 0;
            } catch (UnreachableException e) {
                if (first) {
                    throw e;
                }
                failure = e;
            }
            first = false;
            if (failure == null && !stillRunning()) {
                return 0;
            }
            if (read[0] > 0) {
                reconnects.succeeded();
            } else if (reconnects.failedTooOften()) {
                if (failure != null) {
                    throw failure;
                }
                err.println("wharf: the log of instance " + instance + " ended " + Reconnects.MAX_FAILED
                        + " times in a row without a line while the instance still runs; stopped following");
                return 1;
            }
        }
        return 0;
    }

    private String path() {
        String base = ApiPaths.instanceLogs(ref.system(), ref.app(), instance) + "?follow=true&timestamps=true";
        return base + (cursor == null ? "&tail=" + tail : "&cursor=" + cursor);
    }

    /** Prints a line and moves the cursor past it; returns how many log lines it was (0 or 1). */
    private int print(String line) {
        if (line.startsWith(DROPPED)) {
            err.println("wharf: the server dropped the stream (this terminal read too slowly); reconnecting after "
                    + "the last line printed");
            err.flush();
            return 0;
        }
        return TimedLine.parse(line).map(timed -> {
            cursor = LogCursor.after(cursor, timed.time());
            session.printer().line(timestamps ? line : timed.text());
            return 1;
        }).orElseGet(() -> {
            session.printer().line(line);
            return 1;
        });
    }

    private boolean stillRunning() {
        for (JsonNode i : session.api().get(ApiPaths.instances(ref.system(), ref.app()))) {
            if (instance.equals(i.path("id").asText())) {
                return "running".equalsIgnoreCase(i.path("state").asText());
            }
        }
        return false;
    }
}
