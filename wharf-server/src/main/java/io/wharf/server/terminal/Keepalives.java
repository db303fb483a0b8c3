package io.wharf.server.terminal;

import io.wharf.engine.Threads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The one timer of every terminal's pings and idle checks, with the settings they follow. */
final class Keepalives implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, Threads.named("terminal-timer"));
    private final TerminalProperties settings;

    Keepalives(TerminalProperties settings) {
        this.settings = settings;
    }

    Keepalive start(Runnable ping, Runnable onIdle) {
        return new Keepalive(timer, settings.pingInterval(), settings.idleTimeout(), System::nanoTime, ping, onIdle);
    }

    Duration idleTimeout() {
        return settings.idleTimeout();
    }

    /** A duration as settings are written: 10m, 45s, 500ms. */
    static String describe(Duration duration) {
        if (duration.toMillis() % 1000 != 0) {
            return duration.toMillis() + "ms";
        }
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
