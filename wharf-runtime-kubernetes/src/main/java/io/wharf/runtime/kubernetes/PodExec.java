package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ExecListener;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.wharf.engine.Threads;
import io.wharf.engine.runtime.CappedOutput;
import io.wharf.engine.runtime.ExecCommand;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one command in a pod's app container through the API server ({@code pods/{name}/exec}, a
 * {@code v4.channel.k8s.io} WebSocket), with no terminal and no input. Output and error are read to
 * their end while the command runs (the stream stops when a reader falls behind), each kept up to
 * its cap.
 */
final class PodExec {
    private static final Executor READERS = Executors.newCachedThreadPool(Threads.named("exec-reader"));

    private PodExec() {
    }

    /** How the command ended; empty when the pod is gone. */
    static Optional<ExecResult> run(KubernetesClient client, String cluster, Pod pod, List<String> command,
                                    Duration timeout) {
        String[] argv = ExecCommand.check(command).toArray(String[]::new);
        String namespace = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicReference<Status> status = new AtomicReference<>();
        ExecWatch watch;
        try {
            watch = client.pods().inNamespace(namespace).withName(name).inContainer(Deployments.CONTAINER)
                    .redirectingOutput().redirectingError().usingListener(new ExecListener() {
                        @Override
                        public void onClose(int code, String reason) {
                        }

                        @Override
                        public void onExit(int code, Status exit) {
                            status.set(exit);
                        }
                    }).exec(argv);
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw failed(cluster, name, e.getMessage(), e);
        }
        try (watch) {
            CappedOutput stdout = new CappedOutput();
            CappedOutput stderr = new CappedOutput();
            CompletableFuture<Void> read = CompletableFuture.allOf(readAll(watch.getOutput(), stdout),
                    readAll(watch.getError(), stderr));
            Integer exitCode = watch.exitCode().get(left(deadline), TimeUnit.NANOSECONDS);
            read.get(left(deadline), TimeUnit.NANOSECONDS);
            if (exitCode == null || exitCode < 0) {
                Status said = status.get();
                throw failed(cluster, name, said == null ? "the cluster sent no exit status" : said.getMessage(), null);
            }
            return Optional.of(ExecResult.of(exitCode, stdout, stderr));
        } catch (TimeoutException e) {
            throw new ExecTimeoutException(name, timeout);
        } catch (ExecutionException e) {
            throw failed(cluster, name, e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(cluster, name, "interrupted", e);
        }
    }

    /**
     * Reads the stream to its end. The client ends it with an {@link IOException} instead of an end of
     * stream when the command exits non-zero, after what was sent; how the command ended comes from
     * the exit code, so that is an end too.
     */
    private static CompletableFuture<Void> readAll(InputStream stream, CappedOutput into) {
        return CompletableFuture.runAsync(() -> {
            try (stream) {
                stream.transferTo(into);
            } catch (IOException ended) {
                return;
            }
        }, READERS);
    }

    private static long left(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static KubernetesRuntimeException failed(String cluster, String pod, String why, Throwable cause) {
        return new KubernetesRuntimeException("cluster " + cluster + ": cannot run a command in pod " + pod + ": " + why,
                cause);
    }
}
