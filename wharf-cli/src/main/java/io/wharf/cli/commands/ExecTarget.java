package io.wharf.cli.commands;

import java.util.List;

/**
 * Where {@code wharf exec} runs what: the app, its instance when named (as SYSTEM/APP/INSTANCE or as a
 * second word), and the command, which is every word after {@code --} (without one, every word after
 * the app and instance).
 */
record ExecTarget(AppRef app, String instance, List<String> command) {
    static final String USAGE = "expected SYSTEM/APP[/INSTANCE] [INSTANCE] -- COMMAND [ARG...], such as "
            + "demo/hello -- ls -l";

    /**
     * @param words        the command's positional words, in order
     * @param commandWords how many of the last words came after {@code --}; -1 when there was no {@code --}
     * @throws IllegalArgumentException saying what is wrong
     */
    static ExecTarget parse(List<String> words, int commandWords) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(USAGE);
        }
        int where = commandWords >= 0 ? words.size() - commandWords
                : Math.min(words.get(0).split("/", -1).length == 3 ? 1 : 2, words.size());
        if (where < 1 || where > 2) {
            throw new IllegalArgumentException(USAGE);
        }
        List<String> command = List.copyOf(words.subList(where, words.size()));
        if (command.isEmpty()) {
            throw new IllegalArgumentException("a COMMAND is needed after --; " + USAGE);
        }
        String[] parts = words.get(0).split("/", -1);
        if (parts.length == 3) {
            if (where == 2 || parts[2].isEmpty()) {
                throw new IllegalArgumentException(where == 2 ? "the instance is named twice: in " + words.get(0)
                        + " and as " + words.get(1) : USAGE);
            }
            return new ExecTarget(AppRef.parse(parts[0] + "/" + parts[1]), parts[2], command);
        }
        return new ExecTarget(AppRef.parse(words.get(0)), where == 2 ? words.get(1) : null, command);
    }
}
