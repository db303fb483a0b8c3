package io.wharf.server.clusters;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Reads the health of many clusters at once, each with a short timeout, so that a list answers within
 * {@link #DEADLINE} however many clusters are down.
 */
@Component
class ClusterHealthProber {
    static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(2);
    static final Duration DEADLINE = Duration.ofSeconds(3);
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "wharf-cluster-probe");
        thread.setDaemon(true);
        return thread;
    });

    /** The health of each cluster, in the order given. */
    List<ClusterHealth> probeAll(List<Supplier<ClusterHealth>> probes) {
        List<Future<ClusterHealth>> futures = probes.stream().map(probe -> threads.submit(probe::get)).toList();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        List<ClusterHealth> healths = new ArrayList<>();
        for (Future<ClusterHealth> future : futures) {
            healths.add(await(future, deadline));
        }
        return healths;
    }

    private static ClusterHealth await(Future<ClusterHealth> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return ClusterHealth.unreachable("no answer within " + DEADLINE.toSeconds() + " s");
        } catch (ExecutionException e) {
            return ClusterHealth.unreachable("the health could not be read: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ClusterHealth.unreachable("interrupted while reading the health");
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
