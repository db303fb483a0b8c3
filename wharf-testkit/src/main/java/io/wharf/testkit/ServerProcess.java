package io.wharf.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;

/**
 * The packaged server jar running as its own process with its own home, so that a test can kill it
 * with SIGKILL and a benchmark can measure it as users run it. Its output goes to home/server.log.
 * Its gateway and DNS server listen on ports they pick, so that servers never clash.
 */
public final class ServerProcess implements AutoCloseable {
    private final Path jar;
    private final Path home;
    private final int port;
    private final List<String> extraArgs;
    private Process process;

    public ServerProcess(Path jar, Path home, List<String> extraArgs) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (mvn package -pl wharf-server -am)");
        }
        this.jar = jar;
        this.home = home;
        this.port = freePort();
        this.extraArgs = List.copyOf(extraArgs);
    }

    public ServerProcess(Path home) {
        this(Repo.serverJar(), home, List.of());
    }

    /** Starts the server and waits until its health endpoint answers. */
    public ServerProcess start() {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--home", home.toString(), "--port", Integer.toString(port),
                "--gateway-port", "0", "--dns-port", "0"));
        command.addAll(extraArgs);
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/api/v1/health")).build();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the server exited; see " + home.resolve("server.log"));
                    }
                    return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path home() {
        return home;
    }

    /** The admin token the server wrote to its home. */
    public String token() {
        try {
            return Files.readString(home.resolve("admin.token")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, and waits for the graceful shutdown. The Podman service keeps running. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * A free port below the kernel's ephemeral range (32768 and up), so that after a kill no outgoing connection
     * can be given it as its local port before the restarted server binds it again.
     */
    private static int freePort() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = 20_000 + ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }
}
