package io.wharf.engine.runtime;

/**
 * How a command run in an instance ended: its exit code and what it wrote to its output and error,
 * each cut to its first {@value #MAX_OUTPUT_BYTES} bytes; {@code truncated} says that some was cut.
 */
public record ExecResult(int exitCode, String stdout, String stderr, boolean truncated) {
    public static final int MAX_OUTPUT_BYTES = 1024 * 1024;

    public ExecResult {
        stdout = stdout == null ? "" : stdout;
        stderr = stderr == null ? "" : stderr;
    }

    public static ExecResult of(int exitCode, CappedOutput stdout, CappedOutput stderr) {
        return new ExecResult(exitCode, stdout.text(), stderr.text(), stdout.truncated() || stderr.truncated());
    }
}
