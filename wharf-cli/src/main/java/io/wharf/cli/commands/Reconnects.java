package io.wharf.cli.commands;

import java.time.Duration;

/**
 * Paces the connections of a followed log: at most one a second, and gives up after a number of failed
 * reconnects in a row (one that errs, or ends without a line); a connection that brought a line resets the count.
 */
final class Reconnects {
    static final Duration PACE = Duration.ofSeconds(1);
    static final int MAX_FAILED = 3;
    private long lastStart = System.nanoTime() - PACE.toNanos();
    private int failed;

    /** Waits until the pace allows the next connection; false when interrupted (Ctrl-C). */
    boolean awaitTurn() {
        long wait = lastStart + PACE.toNanos() - System.nanoTime();
        try {
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        lastStart = System.nanoTime();
        return true;
    }

    void succeeded() {
        failed = 0;
    }

    /** Counts a failed reconnect; true when that was one too many and following should stop. */
    boolean failedTooOften() {
        failed++;
        return failed >= MAX_FAILED;
    }
}
