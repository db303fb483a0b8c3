package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.wharf.engine.runtime.LogLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimedLinesTest {
    private final Collected sink = new Collected();

    private static Frame out(String text) {
        return new Frame(StreamType.STDOUT, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void passesEachLineOnWithItsTimeAsSoonAsItEnds() {
        TimedLines lines = new TimedLines(null, sink);

        lines.add(out("2026-12-07T04:23:47Z one\n2026-12-07T04:23:48Z tw"));
        assertThat(sink.lines).containsExactly(new LogLine(Instant.parse("2026-12-07T04:23:47Z"), "one"));

        lines.add(out("o\r\n"));
        assertThat(sink.lines).last().isEqualTo(new LogLine(Instant.parse("2026-12-07T04:23:48Z"), "two"));
    }

    @Test
    void dropsLinesOlderThanSinceAndKeepsThoseAtIt() {
        TimedLines lines = new TimedLines(Instant.parse("2026-12-07T04:23:48Z"), sink);

        lines.add(out("2026-12-07T04:23:47Z old\n2026-12-07T04:23:48Z at\n2026-12-07T04:23:49Z new\n"));

        assertThat(sink.texts()).containsExactly("at", "new");
    }

    @Test
    void aLineWithoutATimeKeepsTheTimeOfTheLineBefore() {
        TimedLines lines = new TimedLines(null, sink);

        lines.add(out("2026-12-07T04:23:47Z one\nno time here\n"));

        assertThat(sink.lines).last().isEqualTo(new LogLine(Instant.parse("2026-12-07T04:23:47Z"), "no time here"));
    }
}
