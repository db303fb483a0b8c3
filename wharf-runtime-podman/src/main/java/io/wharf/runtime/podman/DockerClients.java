package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Docker API clients over a unix socket, and the {@code _ping} that says whether one answers. */
final class DockerClients {
    /** The newest Docker API version Podman 4.3 serves; Docker engines serve it too. */
    static final String API_VERSION = "1.41";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration PING_TIMEOUT = Duration.ofSeconds(2);

    private DockerClients() {
    }

    /** @param responseTimeout how long a response may take; null for none (an event stream) */
    static DockerClient open(Path socket, Duration responseTimeout) {
        return DockerClientImpl.getInstance(config(socket), http(socket, responseTimeout));
    }

    /** A raw HTTP client on the socket, for endpoints docker-java has no command for (Podman's libpod API). */
    static DockerHttpClient http(Path socket, Duration responseTimeout) {
        ZerodepDockerHttpClient.Builder http = new ZerodepDockerHttpClient.Builder()
                .dockerHost(config(socket).getDockerHost())
                .connectionTimeout(CONNECT_TIMEOUT);
        if (responseTimeout != null) {
            http.responseTimeout(responseTimeout);
        }
        return http.build();
    }

    private static DockerClientConfig config(Path socket) {
        return new DefaultDockerClientConfig.Builder()
                .withDockerHost("unix://" + socket.toAbsolutePath())
                .withApiVersion(API_VERSION)
                .build();
    }

    /** Whether a Docker API server answers {@code _ping} on this socket. */
    static boolean answers(Path socket) {
        if (!Files.exists(socket)) {
            return false;
        }
        try (DockerClient client = open(socket, PING_TIMEOUT)) {
            client.pingCmd().exec();
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
