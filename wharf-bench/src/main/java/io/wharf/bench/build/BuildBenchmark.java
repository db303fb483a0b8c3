package io.wharf.bench.build;

import io.wharf.bench.BenchException;
import io.wharf.bench.LocalPorts;
import io.wharf.bench.Poll;
import io.wharf.bench.TempDir;
import io.wharf.bench.scale.Podman;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the rounds, Wharf's and by hand interleaved so that both share the machine's conditions and the
 * layer cache, prints each, and prints the result line last. Cleans up before that line.
 */
final class BuildBenchmark {
    /** Time for what a removal sets off in the background (conmon's exit commands) to finish. */
    private static final Duration SETTLE = Duration.ofSeconds(2);
    private final BuildSettings settings;
    private final Path serverJar;
    private final PrintWriter out;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    BuildBenchmark(BuildSettings settings, Path serverJar, PrintWriter out) {
        this.settings = settings;
        this.serverJar = serverJar;
        this.out = out;
    }

    void run() {
        if (!Podman.imageExists(settings.image())) {
            throw new BenchException("image " + settings.image() + " is not present in Podman; build it with"
                    + " images/build-hello.sh (./wharf bench does so itself)");
        }
        String registry = LocalPorts.LOOPBACK + ":" + LocalPorts.freeTcp();
        List<BuildRound> results = new ArrayList<>();
        try (TempDir dir = TempDir.create("wharf-bench-build-", settings.keep());
             LocalImages images = new LocalImages(registry)) {
            say("build: a one-line change to " + SampleSource.SERVED_PATH.substring(1) + " on " + settings.image()
                    + ", push to a registry on " + registry + ", until it serves; " + settings.warmup()
                    + " warm-up and " + settings.rounds() + " rounds");
            say("starting the Wharf server " + serverJar + " with home " + dir.path().resolve("home"));
            boolean completed = false;
            try {
                measure(dir, registry, results);
                completed = true;
            } finally {
                if (settings.keep() || !completed) {
                    System.err.println("build: the server's home, the git repository and the clones are in "
                            + dir.path() + (settings.keep() ? "" : " (deleted now)"));
                }
            }
        }
        say(BuildReport.resultLine(results));
    }

    private void measure(TempDir dir, String registry, List<BuildRound> results) {
        GitRepo repo = GitRepo.create(dir.dir("git"));
        repo.commit(SampleSource.files(settings.image(), line("initial")), "The sample app");
        try (WharfBuildSide wharf = WharfBuildSide.start(serverJar, dir.dir("home"), registry, settings.image(),
                repo.url());
             ByHand byHand = new ByHand(repo.url(), registry + "/" + WharfBuildSide.SYSTEM + "/"
                     + WharfBuildSide.APP, dir.dir("by-hand"))) {
            Thread onInterrupt = new Thread(() -> {
                byHand.close();
                wharf.abort();
            }, "build-cleanup");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try {
                rounds(repo, wharf, byHand, results);
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
        }
    }

    private void rounds(GitRepo repo, WharfBuildSide wharf, ByHand byHand, List<BuildRound> results) {
        for (int i = 1; i <= settings.warmup() + settings.rounds(); i++) {
            boolean warmup = i <= settings.warmup();
            String label = warmup ? "warm-up " + i : "round " + (i - settings.warmup());
            String wharfLine = line(label + " wharf");
            repo.commit(SampleSource.change(wharfLine), "Change one line: " + wharfLine);
            double wharfSeconds = wharf.rebuild(wharfLine);
            say("  " + wharf.lastBreakdown());
            Poll.sleep(SETTLE);
            String handLine = line(label + " by hand");
            repo.commit(SampleSource.change(handLine), "Change one line: " + handLine);
            double handSeconds = byHand.rebuild(handLine);
            say("  " + byHand.lastBreakdown());
            byHand.removeContainers();
            Poll.sleep(SETTLE);
            BuildRound round = new BuildRound(wharfSeconds, handSeconds);
            say(round.line(label));
            if (!warmup) {
                results.add(round);
            }
        }
    }

    /** A line no earlier commit of this or another run had, so that the source layer is built anew. */
    private String line(String what) {
        return "wharf-bench build " + run + " " + what;
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
