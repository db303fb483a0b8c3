package io.wharf.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The podman command, to look at and disturb containers from outside Wharf, and the sample image.
 * Arguments go to the process as a list: no shell is involved.
 */
public final class PodmanCli {
    public static final String HELLO_IMAGE = "localhost/wharf/hello:1";
    public static final String HELLO_IMAGE_V2 = "localhost/wharf/hello:2";

    private PodmanCli() {
    }

    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs podman with these arguments and returns its trimmed output; throws when it fails. */
    public static String podman(String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(Arrays.asList(args));
        Result result = run(command);
        if (!result.ok()) {
            throw new IllegalStateException(command + " failed: " + result.output());
        }
        return result.output().trim();
    }

    /** The full ids of every container (running or not) of one system. */
    public static List<String> containersOf(String system) {
        return ids(podman("ps", "-a", "-q", "--no-trunc", "--filter", "label=wharf.io/system=" + system));
    }

    /** The full ids of every container (running or not) of one app. */
    public static List<String> containersOf(String system, String app) {
        return ids(podman("ps", "-a", "-q", "--no-trunc", "--filter", "label=wharf.io/system=" + system,
                "--filter", "label=wharf.io/app=" + app));
    }

    /** Removes by force whatever a test left of one system: its containers, then its networks. */
    public static void removeContainersOf(String system) {
        containersOf(system).forEach(id -> run(List.of("podman", "rm", "-f", "-t", "0", id)));
        networksOf(system).forEach(name -> run(List.of("podman", "network", "rm", "-f", name)));
    }

    /** The names of the networks Wharf made for one system (one per installation). */
    public static List<String> networksOf(String system) {
        return ids(podman("network", "ls", "-q", "--filter", "label=wharf.io/system=" + system,
                "--filter", "label=wharf.io/network=system"));
    }

    /** Builds the sample image from busybox-static unless it exists (no image can be pulled here). */
    /** Builds the sample image in versions 1 and 2 ({@code localhost/wharf/hello:1}, {@code :2}) if missing. */
    public static synchronized void ensureHelloImage() {
        ensureHelloImage(HELLO_IMAGE, "1");
        ensureHelloImage(HELLO_IMAGE_V2, "2");
    }

    private static void ensureHelloImage(String image, String version) {
        if (run(List.of("podman", "image", "exists", image)).ok()) {
            return;
        }
        Path script = Repo.root().resolve("images").resolve("build-hello.sh");
        Result build = run(List.of(script.toString(), image, version));
        if (!build.ok()) {
            throw new IllegalStateException(script + " failed: " + build.output());
        }
    }

    public static Result run(List<String> command) {
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

    private static List<String> ids(String out) {
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }
}
