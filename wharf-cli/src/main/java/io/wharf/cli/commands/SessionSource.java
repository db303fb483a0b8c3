package io.wharf.cli.commands;

import picocli.CommandLine.Model.CommandSpec;

/** The top command: it holds the global options, from which each command gets its session. */
public interface SessionSource {
    Session session();

    /** The session of the command line that {@code spec} belongs to. */
    static Session of(CommandSpec spec) {
        return ((SessionSource) spec.root().userObject()).session();
    }
}
