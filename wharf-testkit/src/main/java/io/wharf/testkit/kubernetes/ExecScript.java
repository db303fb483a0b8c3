package io.wharf.testkit.kubernetes;

/** How a command run in a pod of the mock cluster ends: its exit code and output, or never ({@link #hanging()}). */
public record ExecScript(int exitCode, String stdout, String stderr, boolean hangs) {
    public static ExecScript exits(int exitCode, String stdout, String stderr) {
        return new ExecScript(exitCode, stdout, stderr, false);
    }

    public static ExecScript hanging() {
        return new ExecScript(0, "", "", true);
    }
}
