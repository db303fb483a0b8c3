package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import io.wharf.bench.Poll;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the rounds, Wharf's and podman's interleaved so that both share the machine's conditions,
 * prints each, and prints the result line last. Cleans up before that line, so nothing follows it.
 */
final class ScaleBenchmark {
    /** Time for what a removal sets off in the background (conmon's exit commands) to finish. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private final ScaleSettings settings;
    private final Path serverJar;
    private final PrintWriter out;

    ScaleBenchmark(ScaleSettings settings, Path serverJar, PrintWriter out) {
        this.settings = settings;
        this.serverJar = serverJar;
        this.out = out;
    }

    void run() {
        if (!Podman.imageExists(settings.image())) {
            throw new BenchException("image " + settings.image() + " is not present in Podman; build it with"
                    + " images/build-hello.sh (./wharf bench does so itself)");
        }
        Path home = createHome();
        say("scale: " + settings.instances() + " instances of " + settings.image() + ", parallelism "
                + settings.parallelism() + ", " + settings.warmup() + " warm-up and " + settings.rounds() + " rounds");
        say("starting the Wharf server " + serverJar + " with home " + home);
        List<RoundResult> results = new ArrayList<>();
        boolean completed = false;
        try {
            measure(home, results);
            completed = true;
        } finally {
            if (settings.keep() || !completed) {
                System.err.println("scale: the server's home (server.log, database) is kept in " + home);
            } else {
                deleteQuietly(home);
            }
        }
        say(ScaleReport.resultLine(results));
    }

    /** Both sides up, the rounds, both sides cleaned up (also on Ctrl-C). */
    private void measure(Path home, List<RoundResult> results) {
        try (WharfSide wharf = WharfSide.start(serverJar, home, settings);
             PodmanPeer podman = new PodmanPeer(settings)) {
            Thread onInterrupt = new Thread(() -> {
                podman.close();
                wharf.abort();
            }, "scale-cleanup");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                rounds(wharf, podman, results);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
        }
    }

    private void rounds(WharfSide wharf, PodmanPeer podman, List<RoundResult> results) {
        for (int i = 1; i <= settings.warmup() + settings.rounds(); i++) {
            RoundResult round = round(wharf, podman);
            boolean warmup = i <= settings.warmup();
            say(round.line(warmup ? "warm-up " + i : "round " + (i - settings.warmup())));
            if (!warmup) {
                results.add(round);
            }
        }
    }

    /** Wharf's turn, then podman's; each side cleans up and lets the machine settle before the other. */
    private static RoundResult round(WharfSide wharf, PodmanPeer podman) {
        double wharfSeconds = wharf.scaleUp();
        wharf.scaleDown();
        Poll.sleep(SETTLE);
        double podmanSeconds = podman.startAll();
        podman.removeAll();
        Poll.sleep(SETTLE);
        return new RoundResult(wharfSeconds, podmanSeconds);
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("wharf-bench-");
        } catch (IOException e) {
            throw new BenchException("cannot create a temporary home for the server: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the system cleans it up eventually
        }
    }
}
