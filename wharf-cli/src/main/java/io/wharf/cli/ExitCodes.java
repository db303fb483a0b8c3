package io.wharf.cli;

/** What the exit code of wharf tells a script. */
final class ExitCodes {
    /** The server answered with an error (4xx or 5xx), or --wait ran out of time. */
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int UNREACHABLE = 3;
    /** The token was missing or the server rejected it. */
    static final int AUTH = 4;

    private ExitCodes() {
    }
}
