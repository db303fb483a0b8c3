package io.wharf.bench.cli;

import io.wharf.bench.BenchException;
import io.wharf.bench.Stats;
import io.wharf.bench.Stopwatch;
import io.wharf.bench.TempDir;
import io.wharf.bench.scale.WharfServerProcess;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Starts a server on a home of its own, makes a system, and times the launcher listing its apps. */
final class CliBenchmark {
    private static final String SYSTEM = "bench";
    private final Path launcher;
    private final Path serverJar;
    private final int runs;
    private final PrintWriter out;

    CliBenchmark(Path launcher, Path serverJar, int runs, PrintWriter out) {
        this.launcher = launcher;
        this.serverJar = serverJar;
        this.runs = runs;
        this.out = out;
    }

    void run() {
        try (TempDir dir = TempDir.create("wharf-bench-cli", false);
             WharfServerProcess server = WharfServerProcess.start(serverJar, home(dir), List.of(), Map.of())) {
            server.api().post("/api/v1/systems", "{\"name\": \"" + SYSTEM + "\"}");
            Path home = home(dir);
            out.println("cli: " + launcher + " app list " + SYSTEM + ", 2 untimed runs, then " + runs);
            out.flush();
            once(home);
            once(home);
            List<Double> seconds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                seconds.add(once(home));
            }
            Collections.sort(seconds);
            out.println("cli: min=" + Stats.twoDecimals(seconds.get(0)) + "s max="
                    + Stats.twoDecimals(seconds.get(seconds.size() - 1)) + "s");
            out.println("cli: median=" + Stats.twoDecimals(Stats.median(seconds)));
            out.flush();
        }
    }

    private static Path home(TempDir dir) {
        try {
            return Files.createDirectories(dir.path().resolve("home"));
        } catch (IOException e) {
            throw new BenchException("cannot make the server's home: " + e.getMessage(), e);
        }
    }

    /** One run of the launcher, in seconds; it must succeed. */
    private double once(Path home) {
        ProcessBuilder command = new ProcessBuilder(launcher.toString(), "app", "list", SYSTEM)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        command.environment().put("WHARF_HOME", home.toString());
        command.environment().remove("WHARF_URL");
        command.environment().remove("WHARF_TOKEN");
        Stopwatch watch = Stopwatch.start();
        try {
            int code = command.start().waitFor();
            if (code != 0) {
                throw new BenchException(launcher + " app list " + SYSTEM + " exited with " + code);
            }
        } catch (IOException e) {
            throw new BenchException("cannot run " + launcher + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchException("interrupted", e);
        }
        return watch.seconds();
    }
}
