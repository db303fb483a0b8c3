package io.wharf.testkit.kubernetes;

import io.fabric8.mockwebserver.internal.WebSocketMessage;
import java.nio.charset.StandardCharsets;

/**
 * Kubernetes' exec channel framing (a first byte naming the channel: 0 stdin, 1 stdout, 2 stderr, 3 error,
 * 4 resize) for the mock server: frames it emits, and what it expects a client to send.
 */
public final class ChannelFrames {
    private ChannelFrames() {
    }

    /** A binary frame of {@code text} on {@code channel}, as an API server sends it. */
    public static WebSocketMessage frame(int channel, String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] frame = new byte[data.length + 1];
        frame[0] = (byte) channel;
        System.arraycopy(data, 0, frame, 1, data.length);
        return new WebSocketMessage(0L, frame, true, true);
    }

    /** What the mock server matches a client's frame of {@code text} on {@code channel} against. */
    public static String sent(int channel, String text) {
        return (char) channel + text;
    }
}
