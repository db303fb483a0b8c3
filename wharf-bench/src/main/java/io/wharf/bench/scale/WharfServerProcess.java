package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import io.wharf.bench.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The real Wharf server, started from its jar as a child process on a fresh home and a port of its
 * choosing. Its output goes to {@code <home>/server.log}, never to this program's output.
 */
public final class WharfServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final Process process;
    private final Path home;

    private WharfServerProcess(Process process, Path home) {
        this.process = process;
        this.home = home;
    }

    /** Starts the server and waits until its API answers the health check. */
    static WharfServerProcess start(Path jar, Path home, int parallelism) {
        return start(jar, home, List.of("--wharf.engine.parallelism=" + parallelism), Map.of());
    }

    /** As {@link #start(Path, Path, int)}, with more server arguments and environment variables. */
    public static WharfServerProcess start(Path jar, Path home, List<String> args, Map<String, String> env) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "--home", home.toString(),
                "--port", "0", "--gateway-port", "0", "--dns-port", "0"));
        command.addAll(args);
        return launch(command, home, env);
    }

    /**
     * Starts the server as users do, with the launcher's {@code up} (its JVM flags and all), on a fresh
     * home and a free API port; {@code args} must name the gateway and DNS ports.
     */
    public static WharfServerProcess up(Path launcher, Path home, List<String> args) {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "up", "--home", home.toString(),
                "--port", "0"));
        command.addAll(args);
        return launch(command, home, Map.of());
    }

    /** The launcher {@code <root>/wharf}, or an error saying to run the benchmark from the checkout. */
    public static Path launcher(Path root) {
        Path launcher = root.resolve("wharf");
        if (!java.nio.file.Files.isExecutable(launcher)) {
            throw new BenchException("no launcher at " + launcher + ": run this benchmark with ./wharf bench from the"
                    + " checkout");
        }
        return launcher;
    }

    private static WharfServerProcess launch(List<String> command, Path home, Map<String, String> env) {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(env);
            process = builder.redirectErrorStream(true)
                    .redirectOutput(home.resolve("server.log").toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
        } catch (IOException e) {
            throw new BenchException("cannot start the Wharf server (" + String.join(" ", command) + "): "
                    + e.getMessage(), e);
        }
        WharfServerProcess server = new WharfServerProcess(process, home);
        try {
            Poll.until(server::answers, START_TIMEOUT, Duration.ofMillis(200), () -> "the Wharf server to answer"
                    + " GET /api/v1/health; see " + home.resolve("server.log"));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private boolean answers() {
        if (!process.isAlive()) {
            throw new BenchException("the Wharf server exited with code " + process.exitValue()
                    + " before its API answered; see " + home.resolve("server.log"));
        }
        return url().map(WharfApi::healthy).orElse(false);
    }

    /** The API's base URL, from {@code <home>/api.url}, which the server writes once it listens. */
    Optional<String> url() {
        try {
            return Optional.of(Files.readString(home.resolve("api.url")).trim()).filter(s -> !s.isEmpty());
        } catch (IOException notYet) {
            return Optional.empty();
        }
    }

    /** The server's process: the JVM itself, since the launcher execs it. */
    public long pid() {
        return process.pid();
    }

    public WharfApi api() {
        try {
            String token = Files.readString(home.resolve("admin.token")).trim();
            return new WharfApi(url().orElseThrow(), token);
        } catch (IOException e) {
            throw new BenchException("cannot read the admin token in " + home + ": " + e.getMessage(), e);
        }
    }

    /** The id that scopes this server's containers (label wharf.io/installation), if it wrote one. */
    public Optional<String> installation() {
        try {
            return Optional.of(Files.readString(home.resolve("installation.id")).trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Stops the server (SIGTERM, then SIGKILL after 30 s) and the Podman service it left running. */
    @Override
    public void close() {
        stop(process.toHandle());
        try {
            long pid = Long.parseLong(Files.readString(home.resolve("podman-service.pid")).trim());
            ProcessHandle.of(pid)
                    .filter(h -> h.info().command().map(c -> c.endsWith("podman")).orElse(false))
                    .ifPresent(WharfServerProcess::stop);
        } catch (IOException | NumberFormatException noService) {
            // the server never started one
        }
    }

    private static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}
