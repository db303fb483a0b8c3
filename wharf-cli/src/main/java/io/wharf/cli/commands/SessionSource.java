package io.wharf.cli.commands;

import io.wharf.cli.config.Connection;
import java.io.InputStream;
import java.io.PrintStream;
import picocli.CommandLine.Model.CommandSpec;

/** The top command: it holds the global options, from which each command gets its session. */
public interface SessionSource {
    Session session();

    /** A session that sends {@code token} (read from {@code tokenSource}) instead of the one the settings name. */
    Session session(String token, String tokenSource);

    /** Where the server and token come from, as the global options and the environment say. */
    Connection settings();

    /** The standard input of the command line. */
    InputStream stdin();

    /** The standard output of the command line, for bytes that are not text (a terminal's output). */
    PrintStream stdout();

    /** The session of the command line that {@code spec} belongs to. */
    static Session of(CommandSpec spec) {
        return root(spec).session();
    }

    static InputStream stdin(CommandSpec spec) {
        return root(spec).stdin();
    }

    static PrintStream stdout(CommandSpec spec) {
        return root(spec).stdout();
    }

    /** The address of {@code path} on the server the command line talks to. */
    static String urlOf(CommandSpec spec, String path) {
        String server = root(spec).settings().server();
        return (server.endsWith("/") ? server.substring(0, server.length() - 1) : server) + path;
    }

    static SessionSource root(CommandSpec spec) {
        return (SessionSource) spec.root().userObject();
    }
}
