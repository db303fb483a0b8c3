package io.wharf.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs wharf in the test's JVM and captures what it printed and its exit code. */
public final class Cli {
    public record Result(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** A command line running in the background, whose output can be read while it runs. */
    public static final class Running {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();
        private final CompletableFuture<Integer> code;

        private Running(FakeServer server, String... args) {
            List<String> all = new ArrayList<>(List.of("--server", server.url(), "--token", "t0ken"));
            all.addAll(List.of(args));
            Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/nonexistent/wharf-test-config");
            code = CompletableFuture.supplyAsync(() -> WharfCli.run(all.toArray(String[]::new),
                    new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), env));
        }

        /** What it printed so far. */
        public String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        public Result await() {
            int exit = code.orTimeout(60, TimeUnit.SECONDS).join();
            return new Result(exit, out(), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Cli() {
    }

    /** Starts wharf against {@code server} as {@link #against} does, without waiting for it to end. */
    public static Running start(FakeServer server, String... args) {
        return new Running(server, args);
    }

    public static Result run(Map<String, String> env, String... args) {
        return run("", env, args);
    }

    /**
     * Runs with {@code stdin} as the standard input. Unless {@code env} names XDG_CONFIG_HOME, the CLI's
     * config file is looked for where none is, so that a login on this machine changes no test.
     */
    public static Result run(String stdin, Map<String, String> env, String... args) {
        if (!env.containsKey("XDG_CONFIG_HOME")) {
            Map<String, String> hermetic = new HashMap<>(env);
            hermetic.put("XDG_CONFIG_HOME", "/nonexistent/wharf-test-config");
            return run(stdin, hermetic, args);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = WharfCli.run(args, new java.io.ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs against {@code server} with token "t0ken", and no WHARF_* settings from the environment. */
    public static Result against(FakeServer server, String... args) {
        return withInput("", server, args);
    }

    /** As {@link #against}, with {@code stdin} as the standard input. */
    public static Result withInput(String stdin, FakeServer server, String... args) {
        List<String> all = new ArrayList<>(List.of("--server", server.url(), "--token", "t0ken"));
        all.addAll(List.of(args));
        return run(stdin, Map.of(), all.toArray(String[]::new));
    }
}
