package io.wharf.build;

/** A build that cannot go on: bad input, a failed step, or a cancel. The message is safe to show to the user. */
public class BuildException extends RuntimeException {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
