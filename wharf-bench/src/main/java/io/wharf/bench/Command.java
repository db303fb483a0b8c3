package io.wharf.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Runs a program with an argument list (never through a shell) and returns what it printed. */
public final class Command {
    private static final long TIMEOUT_SECONDS = 120;
    /** Reads standard error beside standard output; not the common pool, which has one thread on two cores. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "stderr-reader");
        t.setDaemon(true);
        return t;
    });

    private Command() {
    }

    /** The program's standard output, trimmed; a {@link BenchException} with its errors if it fails. */
    public static String run(List<String> command) {
        Result result = attempt(command);
        if (result.exitCode() != 0) {
            throw new BenchException(String.join(" ", command) + " failed with exit code " + result.exitCode()
                    + ": " + (result.stderr().isEmpty() ? result.stdout() : result.stderr()));
        }
        return result.stdout();
    }

    /** Runs it and returns the exit code and both outputs, trimmed. */
    public static Result attempt(List<String> command) {
        return attempt(command, TIMEOUT_SECONDS);
    }

    /** As {@link #attempt(List)}, for programs that run longer: a load generator given a duration. */
    public static Result attempt(List<String> command, long timeoutSeconds) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).start();
            process.getOutputStream().close();
            CompletableFuture<String> stderr =
                    CompletableFuture.supplyAsync(() -> read(process.getErrorStream()), READERS);
            String stdout = read(process.getInputStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new BenchException(String.join(" ", command) + " did not finish within "
                        + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), stdout, stderr.join());
        } catch (IOException | UncheckedIOException e) {
            throw new BenchException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted while running " + command.get(0), e);
        }
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }
}
