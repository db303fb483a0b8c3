package io.wharf.runtime.podman;

import io.wharf.engine.EngineException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the socket of the Docker API to talk to, starting {@code podman system service} on
 * {@code <home>/podman.sock} when nothing answers there yet.
 *
 * <p>The service is started as a child process and deliberately left running when the JVM exits
 * ({@code --time 0}: it never times out): the next start finds it answering and reuses it, and the
 * instances it runs do not depend on it anyway. Its pid is in {@code <home>/podman-service.pid}
 * and its output in {@code <home>/podman-service.log}.
 */
final class PodmanService {
    private static final Logger LOG = LoggerFactory.getLogger(PodmanService.class);
    static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** A unix socket path must fit in 108 bytes, with room to spare. */
    private static final int MAX_SOCKET_PATH = 100;
    private final String searchPath;

    /** @param searchPath where to look for the podman binary, as in the PATH variable */
    PodmanService(String searchPath) {
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    /** The socket to use: the one given, or {@code <home>/podman.sock}, started if need be. */
    Path socket(String socketSetting, Path home) {
        if (socketSetting != null && !socketSetting.isBlank()) {
            Path socket = Path.of(socketSetting.trim().replaceFirst("^unix://", ""));
            if (!DockerClients.answers(socket)) {
                throw new EngineException("the Podman socket " + socket + " (setting socket) does not answer _ping;"
                        + " start it with: podman system service --time 0 unix://" + socket);
            }
            return socket;
        }
        Path socket = home.toAbsolutePath().resolve("podman.sock");
        if (DockerClients.answers(socket)) {
            LOG.info("using the Podman service already answering on {}", socket);
            return socket;
        }
        return start(home.toAbsolutePath(), socket);
    }

    private Path start(Path home, Path socket) {
        if (socket.toString().length() > MAX_SOCKET_PATH) {
            throw new EngineException("the socket path " + socket + " is too long for a unix socket; use a shorter"
                    + " home or give the socket setting");
        }
        Path podman = podmanBinary().orElseThrow(() -> new EngineException(
                "podman is not installed (no podman on the PATH): install podman and runc (./wharf up does it)"));
        Process process;
        try {
            Files.createDirectories(home);
            Files.deleteIfExists(socket);
            Path log = home.resolve("podman-service.log");
            process = new ProcessBuilder(List.of(podman.toString(), "system", "service", "--time", "0",
                    "unix://" + socket))
                    .directory(home.toFile()) // conmon writes files such as "oom" into its working directory
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            Files.writeString(home.resolve("podman-service.pid"), process.pid() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new EngineException("could not start podman system service on " + socket + ": " + e.getMessage(), e);
        }
        LOG.info("started podman system service (pid {}) on {}", process.pid(), socket);
        awaitAnswer(process, socket);
        return socket;
    }

    private void awaitAnswer(Process process, Path socket) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (DockerClients.answers(socket)) {
                return;
            }
            if (!process.isAlive()) {
                throw new EngineException("podman system service exited with code " + process.exitValue()
                        + " before answering on " + socket + "; see " + socket.resolveSibling("podman-service.log"));
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineException("interrupted while waiting for podman system service on " + socket, e);
            }
        }
        process.destroy();
        throw new EngineException("podman system service did not answer on " + socket + " within "
                + START_TIMEOUT.toSeconds() + " s; see " + socket.resolveSibling("podman-service.log"));
    }

    /** The podman binary on the search path, found without a shell. */
    Optional<Path> podmanBinary() {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, "podman");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
