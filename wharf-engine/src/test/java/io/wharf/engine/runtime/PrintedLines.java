package io.wharf.engine.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** What the instances of an in-memory runtime printed, with the time of each line, read back as a runtime would. */
public final class PrintedLines {
    private record Line(Instant at, String text) {
    }

    private final Clock clock;
    private final Map<String, List<Line>> byInstance = new ConcurrentHashMap<>();

    public PrintedLines(Clock clock) {
        this.clock = clock;
    }

    public void print(String instanceId, String... lines) {
        List<Line> printed = byInstance.computeIfAbsent(instanceId, k -> new CopyOnWriteArrayList<>());
        for (String line : lines) {
            printed.add(new Line(clock.instant(), line));
        }
    }

    /** The last {@code query.tailLines()} lines, of those printed since {@code query.sinceSeconds()} ago if set. */
    public List<String> read(String instanceId, LogQuery query) {
        Instant since = query.sinceSeconds() == null ? Instant.MIN : clock.instant().minusSeconds(query.sinceSeconds());
        List<String> matching = byInstance.getOrDefault(instanceId, List.of()).stream()
                .filter(l -> !l.at().isBefore(since)).map(Line::text).toList();
        return matching.subList(Math.max(0, matching.size() - query.tailLines()), matching.size());
    }
}
