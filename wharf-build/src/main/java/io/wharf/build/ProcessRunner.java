package io.wharf.build;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one command from an argument list (never a shell), its merged output line by line into a sink. */
public final class ProcessRunner {
    /** A longer line of output is cut: a step that prints one endless line must not fill the memory. */
    static final int MAX_LINE_CHARS = 8192;
    private ProcessRunner() {
    }

    /** The exit code; throws {@link Cancellation.Cancelled} when it was cancelled while running. */
    public static int run(List<String> argv, LineSink sink, Cancellation cancellation) {
        cancellation.check();
        Process process;
        try {
            process = new ProcessBuilder(argv).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new BuildException("cannot start " + argv.get(0) + ": " + e.getMessage(), e);
        }
        cancellation.running(process);
        try (InputStreamReader out = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)) {
            BoundedLines.read(out, MAX_LINE_CHARS, sink);
            int code = process.waitFor();
            cancellation.check();
            return code;
        } catch (IOException e) {
            cancellation.check();
            throw new BuildException("cannot read the output of " + argv.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new Cancellation.Cancelled("interrupted");
        } finally {
            cancellation.finished();
        }
    }

    /** Ends the process and its children: TERM, then KILL after 5 s. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
