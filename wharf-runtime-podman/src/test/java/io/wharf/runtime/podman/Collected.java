package io.wharf.runtime.podman;

import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A log sink that keeps what it is sent. */
final class Collected implements LogSink {
    final List<LogLine> lines = new CopyOnWriteArrayList<>();
    volatile boolean ended;

    @Override
    public void line(LogLine line) {
        lines.add(line);
    }

    @Override
    public void ended(String error) {
        ended = true;
    }

    List<String> texts() {
        return lines.stream().map(LogLine::text).toList();
    }
}
