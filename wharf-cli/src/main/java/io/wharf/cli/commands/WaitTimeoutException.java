package io.wharf.cli.commands;

/** --wait ran out of time before the app became Available. */
public final class WaitTimeoutException extends RuntimeException {
    public WaitTimeoutException(String message) {
        super(message);
    }
}
