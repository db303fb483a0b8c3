package io.wharf.bench.build;

import io.wharf.bench.BenchException;
import io.wharf.bench.Command;
import io.wharf.bench.Poll;
import io.wharf.bench.Stats;
import io.wharf.bench.Stopwatch;
import io.wharf.bench.scale.Podman;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The peer: what a person does by hand, the same work as Wharf's build (see wharf-build's
 * PodmanCommands): a shallow {@code git clone} of the branch, {@code podman build} of the same context
 * and tag scheme, {@code podman push} to the same registry, {@code podman run -d} of the pushed image by
 * digest, until it serves the new line.
 */
final class ByHand implements AutoCloseable {
    static final String LABEL = "wharf-bench-build=1";
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private final String gitUrl;
    private final String repository;
    private final Path work;
    private int clones;
    private String lastBreakdown = "";

    /** @param repository {@code <registry>/<system>/<app>}, as Wharf names the app's images */
    ByHand(String gitUrl, String repository, Path work) {
        if (!Files.isDirectory(work)) {
            throw new BenchException("no work directory " + work);
        }
        this.gitUrl = gitUrl;
        this.repository = repository;
        this.work = work;
    }

    /** Clone, build, push, run; the seconds until the container serves {@code appLine}. The container stays. */
    double rebuild(String appLine) {
        Path clone = work.resolve("clone-" + ++clones);
        Path digestFile = work.resolve("digest-" + clones);
        Stopwatch watch = Stopwatch.start();
        Command.run(List.of("git", "clone", "--quiet", "--depth=1", "--single-branch", "--branch=" + GitRepo.BRANCH,
                gitUrl, clone.toString()));
        double cloned = watch.seconds();
        String commit = Command.run(List.of("git", "-C", clone.toString(), "rev-parse", "HEAD"));
        String tag = repository + ":" + commit.substring(0, 12);
        Podman.run("build", "--layers=true", "--file=" + clone.resolve("Dockerfile"), "--tag=" + tag, clone.toString());
        double built = watch.seconds();
        Podman.run("push", "--tls-verify=false", "--digestfile=" + digestFile, tag);
        String id = Podman.run("run", "-d", "--tls-verify=false", "-p", "127.0.0.1::8080", "--label", LABEL,
                repository + "@" + read(digestFile));
        double started = watch.seconds();
        String address = Podman.run("port", id, "8080").lines().findFirst()
                .orElseThrow(() -> new BenchException("podman port " + id + " printed nothing"))
                .replace("0.0.0.0:", "127.0.0.1:");
        Poll.until(() -> HttpText.serves(address, SampleSource.SERVED_PATH, appLine), TIMEOUT, POLL,
                () -> address + SampleSource.SERVED_PATH + " to serve " + appLine);
        double seconds = watch.seconds();
        lastBreakdown = "by hand: cloned at " + Stats.twoDecimals(cloned) + "s, built at " + Stats.twoDecimals(built)
                + "s, pushed and started at " + Stats.twoDecimals(started) + "s, serving at "
                + Stats.twoDecimals(seconds) + "s";
        return seconds;
    }

    /** Where the last rebuild's time went, for a progress line. */
    String lastBreakdown() {
        return lastBreakdown;
    }

    /** Removes the containers it started. */
    void removeContainers() {
        Podman.removeForce(Podman.containersWithLabels(List.of(LABEL)));
    }

    private static String read(Path digestFile) {
        try {
            return Files.readString(digestFile).trim();
        } catch (IOException e) {
            throw new BenchException("podman push wrote no digest to " + digestFile, e);
        }
    }

    @Override
    public void close() {
        removeContainers();
    }
}
