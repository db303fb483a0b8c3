package io.wharf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The real server jar, built earlier in the reactor, running as its own process with its own home.
 * The same approach as wharf-server's test ServerProcess, copied so that the CLI does not depend on its tests.
 */
public final class ServerProcess implements AutoCloseable {
    private static final Path JAR = Path.of("..", "wharf-server", "target", "wharf-server.jar");
    private final Path home;
    private final int port = freePort();
    private Process process;

    public ServerProcess(Path home) {
        this.home = home;
    }

    public ServerProcess start() {
        if (!JAR.toFile().isFile()) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: build wharf-server first (mvn install -pl wharf-server -am)");
        }
        try {
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", JAR.toString(), "--home", home.toString(), "--port", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/api/v1/health")).build();
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).ignoreExceptions()
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

    /** Stops the server and the Podman service it started, which it leaves running on purpose. */
    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
        Path pidFile = home.resolve("podman-service.pid");
        try {
            if (Files.isRegularFile(pidFile)) {
                ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim())).ifPresent(ProcessHandle::destroy);
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot stop the Podman service named in " + pidFile, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
