package io.wharf.cli.commands;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Hears SIGWINCH, which the terminal sends when its window changes size. The JDK has no supported API
 * for signals; {@code sun.misc.Signal} (module jdk.unsupported) is what there is. Where it cannot
 * be used, the size sent at the start stays.
 */
final class WindowChanges implements AutoCloseable {
    private final Signal signal;
    private final SignalHandler previous;

    private WindowChanges(Signal signal, SignalHandler previous) {
        this.signal = signal;
        this.previous = previous;
    }

    /** Runs {@code changed} (on a JVM thread) at each change until closed. */
    static AutoCloseable follow(Runnable changed) {
        try {
            Signal winch = new Signal("WINCH");
            return new WindowChanges(winch, Signal.handle(winch, s -> changed.run()));
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            return () -> { };
        }
    }

    @Override
    public void close() {
        Signal.handle(signal, previous);
    }
}
