package io.wharf.engine.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * A terminal listener that keeps what it hears: output, error, and how the command ended. Shared with
 * the runtimes' terminal tests through this module's test-jar.
 */
public final class Heard implements TerminalListener {
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream error = new ByteArrayOutputStream();
    public final CompletableFuture<Integer> exit = new CompletableFuture<>();

    @Override
    public synchronized void output(byte[] bytes) {
        output.writeBytes(bytes);
    }

    @Override
    public synchronized void error(byte[] bytes) {
        error.writeBytes(bytes);
    }

    @Override
    public void exited(int exitCode) {
        exit.complete(exitCode);
    }

    @Override
    public void failed(String reason) {
        exit.completeExceptionally(new IllegalStateException(reason));
    }

    public synchronized String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    public synchronized String error() {
        return error.toString(StandardCharsets.UTF_8);
    }
}
