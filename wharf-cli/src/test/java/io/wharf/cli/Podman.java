package io.wharf.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the podman command in tests, to look at containers from outside Wharf. */
public final class Podman {
    private static final String HELLO_IMAGE = "localhost/wharf/hello:1";

    private Podman() {
    }

    public static String run(String... args) {
        List<String> command = new ArrayList<>();
        command.add("podman");
        command.addAll(Arrays.asList(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output.trim();
        } catch (IOException e) {
            throw new IllegalStateException("cannot run podman", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Ids of the containers (running or not) that belong to one app. */
    public static List<String> containersOf(String system, String app) {
        String out = run("ps", "-a", "-q", "--filter", "label=wharf.io/app=" + app,
                "--filter", "label=wharf.io/system=" + system);
        return out.isEmpty() ? List.of() : List.of(out.split("\\s+"));
    }

    /** Makes sure the sample image exists, building it from busybox-static if needed. */
    public static void ensureHelloImage() {
        try {
            run("image", "exists", HELLO_IMAGE);
        } catch (IllegalStateException missing) {
            try {
                Process build = new ProcessBuilder("../images/build-hello.sh").inheritIO().start();
                if (build.waitFor() != 0) {
                    throw new IllegalStateException("images/build-hello.sh failed");
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
