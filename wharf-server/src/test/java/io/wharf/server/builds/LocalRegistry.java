package io.wharf.server.builds;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's docker-registry (CNCF Distribution) on a free loopback port, storage in a temporary
 * directory. Stands in until wharf-testkit has a shared TestRegistry.
 */
final class LocalRegistry implements AutoCloseable {
    private final Process process;
    private final int port;

    LocalRegistry(Path dir) {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path config = dir.resolve("registry.yml");
            Files.writeString(config, """
                    version: 0.1
                    log:
                      level: error
                    storage:
                      filesystem:
                        rootdirectory: %s
                    http:
                      addr: 127.0.0.1:%d
                    """.formatted(dir.resolve("storage"), port));
            process = new ProcessBuilder(List.of("docker-registry", "serve", config.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("registry.log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start docker-registry (apt-get install docker-registry)", e);
        }
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(this::answers);
    }

    String address() {
        return "127.0.0.1:" + port;
    }

    private boolean answers() throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://" + address() + "/v2/").toURL().openConnection();
        try {
            return connection.getResponseCode() == 200;
        } finally {
            connection.disconnect();
        }
    }

    @Override
    public void close() {
        process.destroy();
    }
}
