package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks the API server for its version every few seconds. An informer whose watch breaks may keep
 * saying it watches while its watch manager retries on its own, so this is what tells, within
 * seconds, that the cluster cannot be reached. One small request, never a list.
 */
final class ApiPing implements AutoCloseable {
    private final KubernetesClient client;
    private final ScheduledExecutorService timer;
    private volatile boolean answering = true;

    ApiPing(String name, KubernetesClient client, Duration interval) {
        this.client = client;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "kubernetes-ping-" + name);
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::ping, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void ping() {
        try {
            client.getKubernetesVersion();
            answering = true;
        } catch (RuntimeException e) {
            answering = false;
        }
    }

    /** Whether the last ping was answered (true until the first one fails). */
    boolean answering() {
        return answering;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
