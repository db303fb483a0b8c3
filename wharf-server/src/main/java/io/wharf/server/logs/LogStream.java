package io.wharf.server.logs;

import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The lines of one followed log (of one instance or of an app's instances) on their way to a client:
 * runtimes put, the request's thread takes. The queue is bounded: a client that reads more slowly
 * than the instances write overflows it, and the stream is then dropped rather than buffered without end.
 */
final class LogStream {
    /** A line and the instance that printed it. */
    record Entry(String instance, LogLine line) {
    }

    private final BlockingQueue<Entry> queue;
    private final Set<String> ended = ConcurrentHashMap.newKeySet();
    private volatile boolean overflowed;

    LogStream(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Where the runtime sends the instance's lines; those the filter refuses are left out. */
    LogSink sink(String instance, CursorFilter filter) {
        return new LogSink() {
            @Override
            public void line(LogLine line) {
                if (!overflowed && filter.pass(line) && !queue.offer(new Entry(instance, line))) {
                    overflowed = true;
                }
            }

            @Override
            public void ended(String error) {
                ended.add(instance);
            }
        };
    }

    Entry poll(Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean drained() {
        return queue.isEmpty();
    }

    boolean overflowed() {
        return overflowed;
    }

    boolean ended(String instance) {
        return ended.contains(instance);
    }

    int capacity() {
        return queue.remainingCapacity() + queue.size();
    }
}
