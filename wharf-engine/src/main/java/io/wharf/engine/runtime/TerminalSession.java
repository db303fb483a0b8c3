package io.wharf.engine.runtime;

/** A command running with its input attached (see {@link SupportsTerminal}). Thread-safe. */
public interface TerminalSession extends AutoCloseable {
    /** Sends bytes to the command's input, in the order of the calls. */
    void write(byte[] input);

    /** Ends the command's input, where the runtime can say so (a terminal's end of input is Ctrl-D, a byte). */
    void closeInput();

    /** Tells the command its terminal has a new size; nothing without a terminal. */
    void resize(TerminalSize size);

    /**
     * Lets go of the command: the runtime's stream is closed and, where the runtime can, the command is
     * ended. The listener hears nothing more after this.
     */
    @Override
    void close();
}
