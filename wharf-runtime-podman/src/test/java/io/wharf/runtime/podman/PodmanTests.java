package io.wharf.runtime.podman;

import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import io.wharf.model.AppKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Shared by the integration tests: the sample image, the podman command, and throwaway homes. */
final class PodmanTests {
    static final String IMAGE = "localhost/wharf/hello:1";

    private PodmanTests() {
    }

    /** Builds the sample image from busybox-static unless it exists (no image can be pulled here). */
    static synchronized void ensureHelloImage() {
        if (run(List.of("podman", "image", "exists", IMAGE)).exitCode() == 0) {
            return;
        }
        Result build = run(List.of("../images/build-hello.sh", IMAGE));
        if (build.exitCode() != 0) {
            throw new IllegalStateException("images/build-hello.sh failed: " + build.output());
        }
    }

    /** Runs podman with these arguments (an array, no shell) and returns its output; fails on failure. */
    static String podman(String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(Arrays.asList(args));
        Result result = run(command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException(command + " failed: " + result.output());
        }
        return result.output().trim();
    }

    /** The ids of every container (running or not) of one system. */
    static List<String> containersOf(String system) {
        String out = podman("ps", "-a", "-q", "--no-trunc", "--filter", "label=" + Labels.SYSTEM + "=" + system);
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    /** Removes by force whatever a test left of one system. */
    static void removeContainersOf(String system) {
        containersOf(system).forEach(id -> run(List.of("podman", "rm", "-f", "-t", "0", id)));
    }

    /** A short, unique system name, so that tests never touch each other's containers. */
    static AppKey newApp(String prefix) {
        return new AppKey(prefix + "-" + UUID.randomUUID().toString().substring(0, 6), "web");
    }

    static InstanceSpec spec(AppKey app, List<String> command, long cpuMillis, long memoryBytes, int cpuShares) {
        String id = "web-" + UUID.randomUUID().toString().substring(0, 5);
        return new InstanceSpec(id, app, 3, IMAGE, command, Map.of("GREETING", "hi"), 8080, cpuMillis, memoryBytes,
                cpuShares, Map.of(Labels.SYSTEM, app.system(), Labels.APP, app.app(), Labels.INSTANCE, id,
                Labels.REVISION, "3", "example.org/team", "blue"));
    }

    /** A new home directory, short enough for a unix socket path. */
    static Path newHome() {
        try {
            return Files.createTempDirectory(Path.of("/tmp"), "wpit");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the podman service the provider started in this home, and deletes the home. */
    static void stopServiceAndDelete(Path home) throws Exception {
        Path pidFile = home.resolve("podman-service.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            var process = ProcessHandle.of(pid);
            if (process.isPresent()) {
                process.get().destroy();
                process.get().onExit().get(10, TimeUnit.SECONDS);
            }
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    record Result(int exitCode, String output) {
    }

    static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, output + " (timed out)");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
