package io.wharf.runtime.podman;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Joins the frames of a followed, timestamped log stream into lines as {@link LogLines} does, and
 * passes each on as soon as it ends: each line starts with its RFC 3339 time and a space (Podman's
 * Docker API gives whole seconds). Lines before {@code since} are dropped, since the API's own
 * {@code since} counts whole seconds.
 */
final class TimedLines {
    private final Map<StreamType, ByteArrayOutputStream> unfinished = new EnumMap<>(StreamType.class);
    private final Instant since;
    private final LogSink sink;
    private Instant last = Instant.EPOCH;

    TimedLines(Instant since, LogSink sink) {
        this.since = since;
        this.sink = sink;
    }

    synchronized void add(Frame frame) {
        ByteArrayOutputStream line = unfinished.computeIfAbsent(frame.getStreamType(), t -> new ByteArrayOutputStream());
        for (byte b : frame.getPayload()) {
            if (b == '\n') {
                end(line);
            } else {
                line.write(b);
            }
        }
    }

    private void end(ByteArrayOutputStream bytes) {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        if (text.endsWith("\r")) {
            text = text.substring(0, text.length() - 1);
        }
        LogLine line = parse(text);
        if (since == null || !line.time().isBefore(since)) {
            sink.line(line);
        }
    }

    /** A line whose time cannot be read keeps the time of the line before it, so order holds. */
    private LogLine parse(String text) {
        int space = text.indexOf(' ');
        if (space > 0) {
            try {
                last = Instant.parse(text.substring(0, space));
                return new LogLine(last, text.substring(space + 1));
            } catch (DateTimeParseException e) {
                // falls through
            }
        }
        return new LogLine(last, text);
    }
}
