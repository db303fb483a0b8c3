package io.wharf.engine.runtime;

import java.util.List;

/**
 * A command to run with its input attached: {@code stdin} to send it input, {@code tty} to give it a
 * terminal (its output and error then come as one stream, as on a terminal), and the terminal's
 * first size, null when not known yet.
 */
public record TerminalRequest(List<String> command, boolean stdin, boolean tty, TerminalSize size) {
    public TerminalRequest {
        command = ExecCommand.check(command);
    }
}
