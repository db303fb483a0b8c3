package io.wharf.engine.runtime;

/**
 * Which of an instance's log lines to read: the last {@code tailLines} ({@value #MIN_TAIL} to
 * {@value #MAX_TAIL}), of those written in the last {@code sinceSeconds} when that is set (null: all).
 */
public record LogQuery(int tailLines, Long sinceSeconds) {
    public static final int MIN_TAIL = 1;
    public static final int MAX_TAIL = 10_000;
    public static final int DEFAULT_TAIL = 100;

    public LogQuery {
        if (tailLines < MIN_TAIL || tailLines > MAX_TAIL) {
            throw new IllegalArgumentException("tailLines must be between " + MIN_TAIL + " and " + MAX_TAIL
                    + ", not " + tailLines);
        }
        if (sinceSeconds != null && sinceSeconds < 1) {
            throw new IllegalArgumentException("sinceSeconds must be at least 1, not " + sinceSeconds);
        }
    }

    /** The last {@value #DEFAULT_TAIL} lines, however old. */
    public static LogQuery defaults() {
        return new LogQuery(DEFAULT_TAIL, null);
    }

    public static LogQuery tail(int lines) {
        return new LogQuery(lines, null);
    }

    public LogQuery withSinceSeconds(long seconds) {
        return new LogQuery(tailLines, seconds);
    }
}
