package io.wharf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/** The packaged server jar running as its own process, so that a test can kill it with SIGKILL. */
public final class ServerProcess implements AutoCloseable {
    private final Path home;
    private final int port;
    private Process process;

    public ServerProcess(Path home) {
        this.home = home;
        this.port = freePort();
    }

    public ServerProcess start() {
        Path jar = Path.of("target", "wharf-server.jar");
        Path log = home.resolve("server.log");
        try {
            process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", jar.toString(), "--home", home.toString(), "--port", Integer.toString(port)))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ApiClient anonymous = new ApiClient(url(), null);
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> process.isAlive() && anonymous.get("/api/v1/health").status() == 200);
        return this;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public ApiClient api() {
        try {
            return new ApiClient(url(), Files.readString(home.resolve("admin.token")).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed that was not already. */
    public void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
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
