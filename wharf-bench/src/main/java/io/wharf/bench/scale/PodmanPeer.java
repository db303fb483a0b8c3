package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import io.wharf.bench.Stopwatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The peer: N containers of the image started with plain {@code podman run -d}, at most
 * {@code parallelism} at a time, each timed until it answers its health check over HTTP (Wharf's
 * number counts readiness too). Probing does not hold a start slot, as in Wharf.
 */
final class PodmanPeer implements AutoCloseable {
    static final String LABEL = "wharf-bench=1";
    private final ScaleSettings settings;
    private final ExecutorService starters;
    private final ExecutorService probes = Executors.newCachedThreadPool();
    private final List<String> started = new CopyOnWriteArrayList<>();

    PodmanPeer(ScaleSettings settings) {
        this.settings = settings;
        this.starters = Executors.newFixedThreadPool(settings.parallelism());
    }

    /** Starts the containers and returns the seconds until every one answered. */
    double startAll() {
        Stopwatch watch = Stopwatch.start();
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < settings.instances(); i++) {
            ready.add(CompletableFuture.supplyAsync(this::startOne, starters)
                    .thenAcceptAsync(address -> HttpReady.await(address, "/healthz"), probes));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof BenchException b ? b : new BenchException("podman side: " + e.getCause(), e);
        }
        return watch.seconds();
    }

    /** {@code podman run -d}, then {@code podman port} for the published address. */
    private String startOne() {
        String id = Podman.run("run", "-d", "--rm", "-p", "127.0.0.1::8080", "--label", LABEL, settings.image());
        started.add(id);
        String port = Podman.run("port", id, "8080");
        return port.lines().findFirst().orElseThrow(() -> new BenchException("podman port " + id + " printed nothing"))
                .replace("0.0.0.0:", "127.0.0.1:");
    }

    /** Removes the containers started so far, at once. */
    void removeAll() {
        List<String> ids = List.copyOf(started);
        Podman.removeForce(ids);
        started.removeAll(ids);
    }

    /** Removes what is left, including containers of an earlier run that broke off. */
    @Override
    public void close() {
        starters.shutdownNow();
        probes.shutdownNow();
        removeAll();
        Podman.removeForce(Podman.containersWithLabels(List.of(LABEL)));
    }
}
