package io.wharf.cli.commands;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Secrets read from standard input, one a line, so that none is in the shell history or the process
 * list. A line is taken as it is, without its line feed: spaces are part of a password.
 */
final class StdinSecrets {
    private final CommandSpec spec;
    private BufferedReader reader;

    StdinSecrets(CommandSpec spec) {
        this.spec = spec;
    }

    /** The next line; a usage error naming {@code option} when there is none or it is empty. */
    String next(String option, String what) {
        try {
            if (reader == null) {
                reader = new BufferedReader(new InputStreamReader(SessionSource.stdin(spec), StandardCharsets.UTF_8));
            }
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new ParameterException(spec.commandLine(), option + " found no " + what + " on standard input");
            }
            return line;
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read standard input: " + e.getMessage(), e, null, null);
        }
    }
}
