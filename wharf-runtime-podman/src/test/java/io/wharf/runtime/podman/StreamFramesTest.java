package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamFramesTest {
    private static byte[] frame(int stream, String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.writeBytes(new byte[] {(byte) stream, 0, 0, 0, 0, 0, (byte) (payload.length >> 8), (byte) payload.length});
        frame.writeBytes(payload);
        return frame.toByteArray();
    }

    @Test
    void eachFrameGoesToItsStreamInOrder() throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.writeBytes(frame(1, "out\n"));
        stream.writeBytes(frame(2, "err\n"));
        stream.writeBytes(frame(1, "x".repeat(300)));
        List<String> frames = new ArrayList<>();

        StreamFrames.read(new ByteArrayInputStream(stream.toByteArray()),
                (kind, payload) -> frames.add(kind + ":" + new String(payload, StandardCharsets.UTF_8)));

        assertThat(frames).containsExactly("1:out\n", "2:err\n", "1:" + "x".repeat(300));
    }

    @Test
    void aStreamCutInsideAFrameIsAnError() {
        byte[] whole = frame(1, "cut here");
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);

        assertThatThrownBy(() -> StreamFrames.read(new ByteArrayInputStream(cut), (kind, payload) -> { }))
                .isInstanceOf(EOFException.class);
    }
}
