package io.wharf.server.terminal;

import io.wharf.engine.runtime.ExecCommand;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The query of a terminal request, as Kubernetes' {@code pods/exec} takes it: {@code command} once per
 * argument, {@code stdin} and {@code tty} as {@code true} or {@code false} (default false). Bad values
 * are 422s that name them, before any upgrade.
 */
record TerminalParams(List<String> command, boolean stdin, boolean tty) {
    static TerminalParams of(List<String> command, String stdin, String tty) {
        List<FieldError> errors = new ArrayList<>();
        String problem = ExecCommand.problem(command);
        if (problem != null) {
            errors.add(new FieldError("command", problem + " (one command=... parameter per argument, such as "
                    + "?command=sh&command=-c&command=ls; no shell is added)"));
        }
        Boolean input = flag("stdin", stdin, errors);
        Boolean terminal = flag("tty", tty, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new TerminalParams(List.copyOf(command), input, terminal);
    }

    private static Boolean flag(String name, String value, List<FieldError> errors) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        errors.add(new FieldError(name, "must be true or false, not '" + value + "'"));
        return false;
    }
}
