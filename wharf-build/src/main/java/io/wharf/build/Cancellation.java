package io.wharf.build;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A build's cancel switch: once pulled, the running process is killed and every later step refuses
 * to start. The reason becomes the build's message.
 */
public final class Cancellation {
    private final AtomicReference<String> reason = new AtomicReference<>();
    private final AtomicReference<Process> running = new AtomicReference<>();

    /** Cancels with this reason (the first reason wins) and kills the running process, if any. */
    public void cancel(String why) {
        reason.compareAndSet(null, why);
        Process process = running.get();
        if (process != null) {
            java.util.concurrent.CompletableFuture.runAsync(() -> ProcessRunner.kill(process));
        }
    }

    public boolean cancelled() {
        return reason.get() != null;
    }

    public String reason() {
        return reason.get();
    }

    /** Throws when cancelled; called between steps. */
    public void check() {
        if (cancelled()) {
            throw new Cancelled(reason.get());
        }
    }

    void running(Process process) {
        running.set(process);
        if (cancelled()) {
            ProcessRunner.kill(process);
        }
    }

    void finished() {
        running.set(null);
    }

    /** Thrown out of a build that was cancelled. */
    public static final class Cancelled extends BuildException {
        public Cancelled(String reason) {
            super(reason);
        }
    }
}
