package io.wharf.engine.runtime;

/** Where a followed log goes, called from a runtime thread, one call at a time. */
public interface LogSink {
    /** A line, in the order the runtime recorded them. */
    void line(LogLine line);

    /** The stream ended: the instance stopped or was removed ({@code error} null), or it broke (why). */
    void ended(String error);
}
