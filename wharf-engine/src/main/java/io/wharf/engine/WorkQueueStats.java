package io.wharf.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the engine's work queues are doing, by queue name ({@code reconcile}, {@code cluster-apply},
 * {@code cluster-status}), summed over the queues of that name in this process: for metrics.
 */
public final class WorkQueueStats {
    private static final Set<KeyedWorkQueue<?>> QUEUES = ConcurrentHashMap.newKeySet();

    private WorkQueueStats() {
    }

    /** Keys waiting, keys handled and the seconds spent handling them. */
    public record Snapshot(long waiting, long handled, double seconds) {
    }

    public static Snapshot of(String name) {
        long waiting = 0;
        long handled = 0;
        double seconds = 0;
        for (KeyedWorkQueue<?> queue : QUEUES) {
            if (queue.name().equals(name)) {
                waiting += queue.waiting();
                handled += queue.handled();
                seconds += queue.handlingSeconds();
            }
        }
        return new Snapshot(waiting, handled, seconds);
    }

    static void opened(KeyedWorkQueue<?> queue) {
        QUEUES.add(queue);
    }

    static void closed(KeyedWorkQueue<?> queue) {
        QUEUES.remove(queue);
    }
}
