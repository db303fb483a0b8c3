package io.wharf.cli.commands;

import java.io.InputStream;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: it holds the global options, from which each command gets its session. */
public interface SessionSource {
    Session session();

    /** The standard input of the command line. */
    InputStream stdin();

    /** The session of the command line that {@code spec} belongs to. */
    static Session of(CommandSpec spec) {
        return ((SessionSource) spec.root().userObject()).session();
    }

    static InputStream stdin(CommandSpec spec) {
        return ((SessionSource) spec.root().userObject()).stdin();
    }
}
