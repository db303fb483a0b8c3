package io.wharf.server.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.wharf.server.config.WharfHome;
import io.wharf.server.config.WharfProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry the server runs itself: a real CNCF Distribution, started and stopped with it. */
class EmbeddedRegistryIT {
    private static final Path BINARY = Path.of("/usr/bin/docker-registry");
    @TempDir
    Path dir;

    private WharfHome home() throws IOException {
        return new WharfHome(new WharfProperties(dir, 7070, "127.0.0.1", null, 10, "wharf.localhost", null, null, null,
                null));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int status(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void theServerStartsTheRegistryOnItsAddressWithStorageInTheHomeAndStopsIt() throws Exception {
        assumeTrue(Files.isExecutable(BINARY), "docker-registry is not installed (scripts/setup-host.sh)");
        String address = "127.0.0.1:" + freePort();

        EmbeddedRegistry registry = new EmbeddedRegistry(new RegistryProperties(address, true, BINARY), home());

        assertThat(registry.running()).isTrue();
        assertThat(status("http://" + address + "/v2/")).isEqualTo(200);
        assertThat(dir.resolve("registry/config.yml")).content().contains("rootdirectory: \"" + dir.resolve("registry/data"));
        registry.destroy();
        assertThat(registry.running()).isFalse();
        assertThat(status("http://" + address + "/v2/")).isEqualTo(-1);
    }

    @Test
    void aRegistryAlreadyAnsweringOnTheAddressIsUsedAsItIs() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            EmbeddedRegistry registry = new EmbeddedRegistry(
                    new RegistryProperties("127.0.0.1:" + taken.getLocalPort(), true, BINARY), home());

            assertThat(registry.running()).isFalse();
            assertThat(dir.resolve("registry")).doesNotExist();
        }
    }

    @Test
    void withEmbeddedOffNothingIsStarted() throws Exception {
        EmbeddedRegistry registry = new EmbeddedRegistry(new RegistryProperties("127.0.0.1:" + freePort(), false, BINARY),
                home());

        assertThat(registry.running()).isFalse();
    }
}
