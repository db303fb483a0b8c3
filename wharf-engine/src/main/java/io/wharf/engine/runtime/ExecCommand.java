package io.wharf.engine.runtime;

import java.util.List;

/** The limits on a command to run in an instance: what a runtime is handed is checked here first. */
public final class ExecCommand {
    public static final int MAX_ARGS = 64;
    public static final int MAX_ARG_LENGTH = 4096;

    private ExecCommand() {
    }

    /**
     * The problem with {@code command}, or null when it is fine: 1 to {@value #MAX_ARGS} arguments,
     * none null, longer than {@value #MAX_ARG_LENGTH} characters, or holding a NUL character.
     */
    public static String problem(List<String> command) {
        if (command == null || command.isEmpty() || command.size() > MAX_ARGS) {
            return "must have 1 to " + MAX_ARGS + " arguments, not " + (command == null ? 0 : command.size());
        }
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            if (arg == null) {
                return "argument " + i + " is null";
            }
            if (arg.length() > MAX_ARG_LENGTH) {
                return "argument " + i + " is longer than " + MAX_ARG_LENGTH + " characters";
            }
            if (arg.indexOf('\0') >= 0) {
                return "argument " + i + " holds a NUL character";
            }
        }
        if (command.get(0).isBlank()) {
            return "argument 0 (the program) is blank";
        }
        return null;
    }

    /** The command as an immutable list; fails with {@link IllegalArgumentException} saying what is wrong. */
    public static List<String> check(List<String> command) {
        String problem = problem(command);
        if (problem != null) {
            throw new IllegalArgumentException("command " + problem);
        }
        return List.copyOf(command);
    }
}
