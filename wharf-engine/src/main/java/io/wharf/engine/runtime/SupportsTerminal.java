package io.wharf.engine.runtime;

import java.util.Optional;

/**
 * A runtime that can run a command in a running instance with its input attached and, when asked, a
 * terminal (TTY) that can be resized: what {@code wharf exec -it} talks to. As with
 * {@link SupportsExec}, the command is an argument vector handed to the instance as it is.
 */
public interface SupportsTerminal {
    /**
     * Starts {@code request}'s command (see {@link ExecCommand#check}) in the instance. What it
     * prints goes to {@code listener} from a runtime thread, then how it ended, once. Empty when the
     * runtime has no such instance. Fails with {@link io.wharf.engine.EngineException} saying why
     * when it could not be started.
     */
    Optional<TerminalSession> terminal(String instanceId, TerminalRequest request, TerminalListener listener);
}
