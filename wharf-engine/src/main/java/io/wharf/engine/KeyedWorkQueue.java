package io.wharf.engine;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A work queue in the manner of client-go's: a key added many times while it waits is handled
 * once, and one key is never handled by two workers at the same time. A key added while it is
 * being handled is handled again afterwards, so no change is lost.
 */
public final class KeyedWorkQueue<K> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KeyedWorkQueue.class);
    private final Set<K> waiting = new LinkedHashSet<>();
    private final Set<K> running = new LinkedHashSet<>();
    private final Set<K> dirty = new LinkedHashSet<>();
    private final String name;
    private final Consumer<K> handler;
    private final ExecutorService workers;
    private final ScheduledExecutorService delays;
    private final LongAdder handled = new LongAdder();
    private final LongAdder handlingNanos = new LongAdder();

    public KeyedWorkQueue(String name, int workers, Consumer<K> handler) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        this.name = name;
        this.handler = handler;
        this.workers = Executors.newFixedThreadPool(workers, Threads.named(name));
        this.delays = Executors.newSingleThreadScheduledExecutor(Threads.named(name + "-delay"));
        WorkQueueStats.opened(this);
    }

    String name() {
        return name;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    long handled() {
        return handled.sum();
    }

    double handlingSeconds() {
        return handlingNanos.sum() / 1e9;
    }

    public void add(K key) {
        synchronized (this) {
            if (running.contains(key)) {
                dirty.add(key);
                return;
            }
            if (!waiting.add(key)) {
                return;
            }
        }
        try {
            workers.execute(() -> handle(key));
        } catch (RejectedExecutionException closed) {
            // the queue was closed (the engine stops): work added from a task still running is dropped
            synchronized (this) {
                waiting.remove(key);
            }
        }
    }

    public void addAfter(K key, Duration delay) {
        if (!delays.isShutdown()) {
            delays.schedule(() -> add(key), Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
        }
    }

    private void handle(K key) {
        synchronized (this) {
            waiting.remove(key);
            running.add(key);
        }
        long start = System.nanoTime();
        try {
            handler.accept(key);
        } catch (RuntimeException e) {
            LOG.warn("handling {} failed; retrying in 1 s", key, e);
            addAfter(key, Duration.ofSeconds(1));
        } finally {
            handlingNanos.add(System.nanoTime() - start);
            handled.increment();
            boolean again;
            synchronized (this) {
                running.remove(key);
                again = dirty.remove(key);
            }
            if (again) {
                add(key);
            }
        }
    }

    @Override
    public void close() {
        WorkQueueStats.closed(this);
        delays.shutdownNow();
        workers.shutdownNow();
    }
}
