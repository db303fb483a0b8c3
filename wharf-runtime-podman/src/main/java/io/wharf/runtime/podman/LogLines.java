package io.wharf.runtime.podman;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the frames of a multiplexed log stream into lines. A frame carries a chunk of one stream, not
 * a line: a line may span frames (even inside a UTF-8 character) and a frame may hold many lines, so
 * each stream keeps its own unfinished line until its newline comes. Lines are kept in the order they
 * end; {@link #finish()} also ends each stream's last line that had no newline.
 */
final class LogLines {
    private final Map<StreamType, ByteArrayOutputStream> unfinished = new EnumMap<>(StreamType.class);
    private final List<String> lines = new ArrayList<>();

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

    /** Every line, oldest first, without line ends; at most the last {@code max}. */
    synchronized List<String> finish(int max) {
        unfinished.values().stream().filter(line -> line.size() > 0).forEach(this::end);
        return List.copyOf(lines.subList(Math.max(0, lines.size() - max), lines.size()));
    }

    private void end(ByteArrayOutputStream line) {
        String text = line.toString(StandardCharsets.UTF_8);
        lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
        line.reset();
    }
}
