package io.wharf.bench;

/** The benchmark could not run to its end; the message says what broke and, if possible, what to do. */
public class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }

    public BenchException(String message, Throwable cause) {
        super(message, cause);
    }
}
