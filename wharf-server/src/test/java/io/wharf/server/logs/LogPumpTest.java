package io.wharf.server.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.LogLine;
import io.wharf.engine.runtime.LogSink;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogPumpTest {
    private static final Instant T = Instant.parse("2026-12-07T04:23:47Z");

    @Test
    void writesEachLineWithItsTimeAndInstanceWhenAskedAndEndsWithTheInstance() throws Exception {
        LogStream stream = new LogStream(10);
        LogSink sink = stream.sink("web-a", new CursorFilter(null));
        sink.line(new LogLine(T, "one"));
        sink.line(new LogLine(T, "two"));
        sink.ended(null);
        StringWriter out = new StringWriter();

        new LogPump(true, true).pump(stream, out, () -> stream.ended("web-a"), () -> { });

        assertThat(out).hasToString("2026-12-07T04:23:47Z [web-a] one\n2026-12-07T04:23:47Z [web-a] two\n");
    }

    @Test
    void aStoppingServerEndsTheStreamAtOnceEvenWhileLinesKeepComing() throws Exception {
        LogStream stream = new LogStream(100);
        LogSink sink = stream.sink("web-a", new CursorFilter(null));
        for (int i = 1; i <= 50; i++) {
            sink.line(new LogLine(T, "line " + i));
        }
        StringWriter out = new StringWriter();
        int[] checks = {0};

        new LogPump(false, false).pump(stream, out, () -> false, () -> ++checks[0] > 3, () -> { });

        assertThat(out.toString().lines()).containsExactly("line 1", "line 2", "line 3");
    }

    @Test
    void aReaderTooSlowForTheBufferIsDroppedWithALastLineSayingSo() throws Exception {
        LogStream stream = new LogStream(3);
        LogSink sink = stream.sink("web-a", new CursorFilter(null));
        for (int i = 1; i <= 5; i++) {
            sink.line(new LogLine(T, "line " + i));
        }
        StringWriter out = new StringWriter();

        new LogPump(false, false).pump(stream, out, () -> false, () -> { });

        assertThat(out.toString()).startsWith("wharf: this stream was dropped").contains("more than 3 lines waiting");
        assertThat(stream.capacity()).isEqualTo(3);
    }

    @Test
    void aReaderThatWentAwayEndsThePump() {
        LogStream stream = new LogStream(10);
        stream.sink("web-a", new CursorFilter(null)).line(new LogLine(T, "one"));
        Writer gone = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw new IOException("Broken pipe");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };

        assertThatThrownBy(() -> new LogPump(false, false).pump(stream, gone, () -> false, () -> { }))
                .isInstanceOf(IOException.class);
    }
}
