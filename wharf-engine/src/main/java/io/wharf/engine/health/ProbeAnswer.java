package io.wharf.engine.health;

import java.util.Objects;

/**
 * What one readiness check got: a pass, an HTTP status that fails it, a refused connection (nothing
 * listens), no answer in time, or another failure such as an answer that is not HTTP.
 * {@code status} is the HTTP status when there was one; {@code detail} says more for {@link Kind#ERROR}.
 */
public record ProbeAnswer(Kind kind, Integer status, String detail) {
    /** The kinds of answer, stable names a diagnosis can match. */
    public enum Kind { PASSED, FAILING_STATUS, REFUSED, TIMEOUT, ERROR }

    public ProbeAnswer {
        Objects.requireNonNull(kind, "kind");
    }

    static ProbeAnswer passed(Integer status) {
        return new ProbeAnswer(Kind.PASSED, status, null);
    }

    static ProbeAnswer failingStatus(int status) {
        return new ProbeAnswer(Kind.FAILING_STATUS, status, null);
    }

    static ProbeAnswer refused() {
        return new ProbeAnswer(Kind.REFUSED, null, null);
    }

    static ProbeAnswer timeout(int seconds) {
        return new ProbeAnswer(Kind.TIMEOUT, null, "got no answer within " + seconds + " s");
    }

    static ProbeAnswer error(String detail) {
        return new ProbeAnswer(Kind.ERROR, null, detail);
    }

    public boolean passed() {
        return kind == Kind.PASSED;
    }

    /** In words, for example "answered 503", "could not connect (connection refused)" or "got no answer within 1 s". */
    public String describe() {
        return switch (kind) {
            case PASSED -> status == null ? "accepted the connection" : "answered " + status;
            case FAILING_STATUS -> "answered " + status;
            case REFUSED -> "could not connect (connection refused)";
            case TIMEOUT, ERROR -> detail;
        };
    }
}
