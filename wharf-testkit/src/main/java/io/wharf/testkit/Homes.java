package io.wharf.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Throwaway Wharf homes, short enough for a unix socket path, and their clean-up. */
public final class Homes {
    private Homes() {
    }

    public static Path create(String prefix) {
        try {
            return Files.createTempDirectory(Path.of("/tmp"), "wharf-" + prefix + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the Podman service a server started in this home (servers leave it running on purpose). */
    public static void stopPodmanService(Path home) {
        Path pidFile = home.resolve("podman-service.pid");
        try {
            if (!Files.isRegularFile(pidFile)) {
                return;
            }
            Optional<ProcessHandle> service = ProcessHandle.of(Long.parseLong(Files.readString(pidFile).trim()));
            if (service.isPresent()) {
                service.get().destroy();
                service.get().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the Podman service named in " + pidFile, e);
        }
    }

    /** Stops the home's Podman service and deletes the home. */
    public static void delete(Path home) {
        stopPodmanService(home);
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
