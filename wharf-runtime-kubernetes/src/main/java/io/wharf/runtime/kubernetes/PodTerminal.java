package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.ContainerResource;
import io.fabric8.kubernetes.client.dsl.ExecListenable;
import io.fabric8.kubernetes.client.dsl.ExecListener;
import io.fabric8.kubernetes.client.dsl.ExecWatch;
import io.fabric8.kubernetes.client.dsl.TtyExecErrorable;
import io.fabric8.kubernetes.client.dsl.TtyExecOutputErrorable;
import io.wharf.engine.Threads;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.TerminalSize;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A command run in a pod's app container through the API server ({@code pods/{name}/exec} with
 * {@code stdin}, and {@code tty} when asked: a {@code v4.channel.k8s.io} WebSocket whose channel 0
 * carries the input and channel 4 the terminal's size). Output and error are read on threads of
 * their own and handed on in order; how the command ended is told once both have ended, from the
 * status the API server sends last. A pod that is not ready is not waited for: a terminal is how one
 * finds out why. The v4 protocol cannot end the input alone, so
 * {@link #closeInput()} does nothing here (a terminal's Ctrl-D is a byte of input and goes through).
 */
final class PodTerminal implements TerminalSession {
    private static final Executor READERS = Executors.newCachedThreadPool(Threads.named("terminal-reader"));
    private final ExecWatch watch;
    private final String where;
    private final TerminalListener listener;
    private final AtomicBoolean over = new AtomicBoolean();

    private PodTerminal(ExecWatch watch, String where, TerminalListener listener) {
        this.watch = watch;
        this.where = where;
        this.listener = listener;
    }

    /** @return empty when the pod is gone */
    static Optional<TerminalSession> open(KubernetesClient client, String cluster, Pod pod, TerminalRequest request,
                                          TerminalListener listener) {
        String name = pod.getMetadata().getName();
        String where = "cluster " + cluster + ": pod " + name;
        AtomicReference<Status> status = new AtomicReference<>();
        ExecWatch watch;
        try {
            watch = streams(client.pods().inNamespace(pod.getMetadata().getNamespace()).withName(name)
                    .inContainer(Deployments.CONTAINER).withReadyWaitTimeout(0), request).usingListener(new ExecListener() {
                        @Override
                        public void onClose(int code, String reason) {
                        }

                        @Override
                        public void onExit(int code, Status exit) {
                            status.set(exit);
                        }
                    }).exec(request.command().toArray(String[]::new));
        } catch (KubernetesClientException e) {
            if (e.getCode() == 404) {
                return Optional.empty();
            }
            throw new KubernetesRuntimeException(where + ": cannot open a terminal: " + e.getMessage(), e);
        }
        PodTerminal session = new PodTerminal(watch, where, listener);
        session.readUntilTheEnd(request.tty(), status);
        if (request.tty() && request.size() != null) {
            session.resize(request.size());
        }
        return Optional.of(session);
    }

    /** Input when asked, output, error unless on a terminal (which merges them), and the terminal itself. */
    private static ExecListenable streams(ContainerResource container, TerminalRequest request) {
        TtyExecOutputErrorable input = request.stdin() ? container.redirectingInput() : container;
        TtyExecErrorable output = input.redirectingOutput();
        return request.tty() ? output.withTTY() : output.redirectingError();
    }

    private void readUntilTheEnd(boolean tty, AtomicReference<Status> status) {
        CompletableFuture<Void> output = pump(watch.getOutput(), listener::output);
        CompletableFuture<Void> error = tty ? CompletableFuture.completedFuture(null) : pump(watch.getError(), listener::error);
        CompletableFuture.allOf(output, error).thenRunAsync(() -> end(status.get()), READERS);
    }

    private CompletableFuture<Void> pump(InputStream stream, Consumer<byte[]> to) {
        return CompletableFuture.runAsync(() -> {
            byte[] buffer = new byte[8192];
            try (stream) {
                for (int read = stream.read(buffer); read >= 0; read = stream.read(buffer)) {
                    byte[] chunk = Arrays.copyOf(buffer, read);
                    tell(() -> to.accept(chunk));
                }
            } catch (IOException ended) {
                // the client ends a stream with an exception when the command exits non-zero: the status says how
            }
        }, READERS);
    }

    private void end(Status status) {
        Integer code;
        try {
            code = watch.exitCode().get();
        } catch (ExecutionException e) {
            finish(null, "the connection to " + where + " broke: " + e.getCause().getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (code != null && code >= 0) {
            finish(code, null);
        } else {
            finish(null, status != null && status.getMessage() != null ? where + ": " + status.getMessage()
                    : where + ": the API server closed the stream without an exit status");
        }
    }

    private void finish(Integer code, String failure) {
        if (over.compareAndSet(false, true)) {
            synchronized (listener) {
                if (code != null) {
                    listener.exited(code);
                } else {
                    listener.failed(failure);
                }
            }
        }
    }

    private void tell(Runnable call) {
        synchronized (listener) {
            if (!over.get()) {
                call.run();
            }
        }
    }

    @Override
    public void write(byte[] input) {
        if (watch.getInput() == null) {
            throw new KubernetesRuntimeException(where + ": the command was started without input");
        }
        try {
            watch.getInput().write(input);
            watch.getInput().flush();
        } catch (IOException | KubernetesClientException e) {
            throw new KubernetesRuntimeException(where + ": cannot send input: " + e.getMessage(), e);
        }
    }

    @Override
    public void closeInput() {
    }

    @Override
    public void resize(TerminalSize size) {
        watch.resize(size.width(), size.height());
    }

    @Override
    public void close() {
        over.set(true);
        watch.close();
    }
}
