package io.wharf.server.terminal;

import java.nio.ByteBuffer;

/**
 * Kubernetes' channel framing of {@code pods/exec} ({@code v4.channel.k8s.io} and
 * {@code v5.channel.k8s.io}): every binary message starts with the byte of its channel, then the
 * channel's bytes. A terminal client speaks it to Wharf as it does to an API server.
 */
final class Channel {
    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;
    /** The command's end, as a JSON Status (see {@link ExecStatus}), sent last. */
    static final int ERROR = 3;
    /** The terminal's new size, as JSON {@code {"Width": 80, "Height": 24}}. */
    static final int RESIZE = 4;
    /** v5 only: the client has no more input for the stream named by the next byte (0, stdin). */
    static final int CLOSE = 255;

    /** One message: its channel and what it carries. */
    record Frame(int channel, byte[] data) {
    }

    private Channel() {
    }

    static byte[] encode(int channel, byte[] data) {
        byte[] frame = new byte[data.length + 1];
        frame[0] = (byte) channel;
        System.arraycopy(data, 0, frame, 1, data.length);
        return frame;
    }

    /** The message's channel and data; fails with {@link IllegalArgumentException} for an empty message. */
    static Frame decode(ByteBuffer message) {
        if (!message.hasRemaining()) {
            throw new IllegalArgumentException("an empty message names no channel");
        }
        ByteBuffer copy = message.duplicate();
        int channel = copy.get() & 0xff;
        byte[] data = new byte[copy.remaining()];
        copy.get(data);
        return new Frame(channel, data);
    }
}
