package io.wharf.build;

/** Where a build's output goes, one line at a time, as it comes. */
@FunctionalInterface
public interface LineSink {
    void line(String line);
}
