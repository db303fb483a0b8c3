package io.wharf.cli.commands;

import io.wharf.cli.http.ApiException;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.http.UnreachableException;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Follows every instance of an app, each line prefixed with its instance by the server. The app's stream
 * has no cursor: when it ends or is dropped this reconnects for the lines written from then on (since=now;
 * the server refuses tail=0) and says on stderr that lines written in between may be missing.
 */
final class AppLogFollower {
    private final Session session;
    private final AppRef ref;
    private final int tail;
    private final boolean timestamps;
    private final PrintWriter err;

    AppLogFollower(Session session, AppRef ref, int tail, boolean timestamps, PrintWriter err) {
        this.session = Objects.requireNonNull(session, "session");
        this.ref = Objects.requireNonNull(ref, "ref");
        this.tail = tail;
        this.timestamps = timestamps;
        this.err = Objects.requireNonNull(err, "err");
    }

    /** Follows until Ctrl-C; returns 1 when reconnecting failed too often. */
    int follow() {
        Reconnects reconnects = new Reconnects();
        boolean first = true;
        while (reconnects.awaitTurn()) {
            String from = first ? "&tail=" + tail : "&since=" + session.clock().instant();
            int[] read = {0};
            RuntimeException failure = null;
            try {
                session.api().streamLines(path(from), line -> read[0] += print(line));
            } catch (ApiException | UnreachableException e) {
                if (first) {
                    throw e;
                }
                failure = e;
            }
            if (read[0] > 0) {
                reconnects.succeeded();
            } else if (!first && reconnects.failedTooOften()) {
                if (failure != null) {
                    throw failure;
                }
                err.println("wharf: the log of " + ref + " ended " + Reconnects.MAX_FAILED
                        + " times in a row without a line; stopped following");
                return 1;
            }
            first = false;
            err.println("wharf: reconnecting to the log of " + ref + "; lines written meanwhile may be missing");
            err.flush();
        }
        return 0;
    }

    private String path(String from) {
        return ApiPaths.appLogs(ref.system(), ref.app()) + "?follow=true" + (timestamps ? "&timestamps=true" : "") + from;
    }

    private int print(String line) {
        if (line.startsWith(InstanceLogFollower.DROPPED)) {
            err.println("wharf: the server dropped the stream (this terminal read too slowly)");
            return 0;
        }
        session.printer().line(line);
        return 1;
    }
}
