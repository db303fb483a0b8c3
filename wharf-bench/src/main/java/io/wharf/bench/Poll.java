package io.wharf.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by asking again and again, with a deadline. */
public final class Poll {
    private Poll() {
    }

    /**
     * Asks {@code done} every {@code interval} until it says yes.
     *
     * @param what says what was awaited, for the message when the deadline passes
     */
    public static void until(BooleanSupplier done, Duration timeout, Duration interval, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new BenchException("gave up after " + timeout.toSeconds() + " s waiting for " + what.get());
            }
            sleep(interval);
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
    }
}
