package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogLinesTest {
    private final LogLines lines = new LogLines();

    private static Frame frame(StreamType stream, byte[] bytes) {
        return new Frame(stream, bytes);
    }

    private static Frame out(String text) {
        return frame(StreamType.STDOUT, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Frame err(String text) {
        return frame(StreamType.STDERR, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aFrameWithManyLinesGivesEachLineWithoutItsLineEnd() {
        lines.add(out("one\ntwo\r\nthree\n"));

        assertThat(lines.finish(100)).containsExactly("one", "two", "three");
    }

    @Test
    void aLineSplitAcrossFramesEvenInsideACharacterIsJoined() {
        byte[] word = "grüße\n".getBytes(StandardCharsets.UTF_8);
        lines.add(frame(StreamType.STDOUT, Arrays.copyOfRange(word, 0, 3)));
        lines.add(frame(StreamType.STDOUT, Arrays.copyOfRange(word, 3, word.length)));

        assertThat(lines.finish(100)).containsExactly("grüße");
    }

    @Test
    void outputAndErrorKeepTheirOwnUnfinishedLinesAndLinesComeInTheOrderTheyEnd() {
        lines.add(out("sta"));
        lines.add(err("warning\n"));
        lines.add(out("rted\n"));

        assertThat(lines.finish(100)).containsExactly("warning", "started");
    }

    @Test
    void aLastLineWithoutNewlineIsKeptAndOnlyTheLastLinesAreReturned() {
        lines.add(out("one\ntwo\nthree"));

        assertThat(lines.finish(2)).containsExactly("two", "three");
    }

    @Test
    void anEmptyLineIsALine() {
        lines.add(frame(StreamType.RAW, "a\n\nb\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(lines.finish(100)).containsExactly("a", "", "b");
    }
}
