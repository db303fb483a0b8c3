package io.wharf.build;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs builds first come, first served, at most {@code concurrency} at once, each cancelled when it
 * runs longer than {@code timeout}. A cancel of a queued build takes it out of the queue; of a
 * running one, kills its process.
 */
public final class BuildQueue implements AutoCloseable {
    private final ExecutorService workers;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("build-timer"));
    private final Duration timeout;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();

    /** The work of one build. */
    @FunctionalInterface
    public interface Task {
        Built run(Cancellation cancellation);
    }

    /** Told when a build starts and how it ended; message is null on success. */
    public interface Listener {
        void started(String id);

        void finished(String id, BuildState state, String message, Built built);
    }

    private record Entry(Task task, Listener listener, Cancellation cancellation, AtomicBoolean claimed,
                         AtomicBoolean timedOut) {
    }

    public BuildQueue(int concurrency, Duration timeout) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("at least one build must be able to run at once");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the build timeout must be positive");
        }
        this.timeout = timeout;
        this.workers = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), daemon("build"));
    }

    public void submit(String id, Task task, Listener listener) {
        Entry entry = new Entry(task, listener, new Cancellation(), new AtomicBoolean(), new AtomicBoolean());
        if (entries.putIfAbsent(id, entry) != null) {
            throw new BuildException("build " + id + " was submitted already");
        }
        workers.execute(() -> run(id, entry));
    }

    /** False when the build is not queued or running here (unknown, or over already). */
    public boolean cancel(String id, String reason) {
        Entry entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        entry.cancellation().cancel(reason);
        if (entry.claimed().compareAndSet(false, true)) {
            entries.remove(id);
            if (!closing.get()) {
                finish(entry, id, BuildState.Cancelled, reason, null);
            }
        }
        return true;
    }

    /** Whether the build is queued or running here. */
    public boolean active(String id) {
        return entries.containsKey(id);
    }

    private void run(String id, Entry entry) {
        if (!entry.claimed().compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> deadline = timer.schedule(() -> {
            entry.timedOut().set(true);
            entry.cancellation().cancel("timed out after " + (timeout.toSeconds() < 120
                    ? timeout.toMillis() / 1000.0 + " s" : timeout.toMinutes() + " min"));
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            entry.listener().started(id);
            Built built = entry.task().run(entry.cancellation());
            finish(entry, id, BuildState.Succeeded, null, built);
        } catch (Cancellation.Cancelled e) {
            String reason = entry.cancellation().reason() == null ? e.getMessage() : entry.cancellation().reason();
            finish(entry, id, entry.timedOut().get() ? BuildState.Failed : BuildState.Cancelled, reason, null);
        } catch (RuntimeException e) {
            if (entry.cancellation().cancelled()) {
                finish(entry, id, entry.timedOut().get() ? BuildState.Failed : BuildState.Cancelled,
                        entry.cancellation().reason(), null);
                return;
            }
            finish(entry, id, BuildState.Failed, e instanceof BuildException ? e.getMessage()
                    : "the build failed: " + e, null);
        } finally {
            deadline.cancel(false);
            entries.remove(id);
        }
    }

    private void finish(Entry entry, String id, BuildState state, String message, Built built) {
        if (!closing.get()) {
            entry.listener().finished(id, state, message, built);
        }
    }

    /**
     * Kills what runs and drops what waits without telling the listeners: to them, those builds never
     * ended (the server marks them failed when it starts again).
     */
    @Override
    public void close() {
        closing.set(true);
        entries.keySet().forEach(id -> cancel(id, "the server is stopping"));
        workers.shutdownNow();
        timer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
