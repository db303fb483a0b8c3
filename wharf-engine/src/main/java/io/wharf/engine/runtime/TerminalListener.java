package io.wharf.engine.runtime;

/**
 * Hears what a command run with {@link SupportsTerminal} prints, in order, and then how it ended:
 * exactly one of {@link #exited} and {@link #failed}, last. Called from runtime threads, one call at
 * a time; a call must not block for long.
 */
public interface TerminalListener {
    /** What the command wrote to its output (with a terminal: to the terminal). */
    void output(byte[] bytes);

    /** What the command wrote to its error; never called with a terminal. */
    void error(byte[] bytes);

    /** The command ended with this exit code. */
    void exited(int exitCode);

    /** The command's stream broke, or its end could not be known: why, to tell the person at the terminal. */
    void failed(String reason);
}
