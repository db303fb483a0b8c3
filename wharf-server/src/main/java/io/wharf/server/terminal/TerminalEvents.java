package io.wharf.server.terminal;

import io.wharf.engine.Events;
import java.time.Duration;

/**
 * The app's events of its terminals: who opened one in which instance, and how it ended. Never what
 * was typed or printed, nor the command (which may hold a secret), as with exec.
 */
final class TerminalEvents {
    static final String OPENED = "TerminalOpened";
    static final String CLOSED = "TerminalClosed";
    private final Events events;

    TerminalEvents(Events events) {
        this.events = events;
    }

    void opened(TerminalSpec spec) {
        events.normal(spec.app(), OPENED, spec.user() + " opened a terminal in instance " + spec.instance()
                + (spec.request().tty() ? " (with a TTY)" : " (without a TTY)"));
    }

    /** @param how how it ended, such as "the command exited with code 3" */
    void closed(TerminalSpec spec, Duration after, String how) {
        events.normal(spec.app(), CLOSED, spec.user() + "'s terminal in instance " + spec.instance() + " closed after "
                + seconds(after) + ": " + how);
    }

    private static String seconds(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 60 ? seconds + "s" : seconds / 60 + "m" + seconds % 60 + "s";
    }
}
