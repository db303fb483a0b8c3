package io.wharf.runtime.podman;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Docker's multiplexed stream (an exec without a TTY): each frame is 8 bytes of header (the stream: 1
 * output, 2 error; three zero bytes; the payload's length, big-endian) and the payload.
 */
final class StreamFrames {
    static final int STDOUT = 1;
    static final int STDERR = 2;
    private static final int MAX_FRAME_BYTES = 1 << 20;

    /** Where the frames go, in order. */
    interface Sink {
        void frame(int stream, byte[] payload);
    }

    private StreamFrames() {
    }

    /** Reads frames to the end of the stream. */
    static void read(InputStream stream, Sink sink) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        byte[] header = new byte[8];
        while (true) {
            try {
                in.readFully(header, 0, 1);
            } catch (EOFException end) {
                return;
            }
            in.readFully(header, 1, 7);
            int length = ((header[4] & 0xff) << 24) | ((header[5] & 0xff) << 16) | ((header[6] & 0xff) << 8)
                    | (header[7] & 0xff);
            if (length < 0 || length > MAX_FRAME_BYTES) {
                throw new IOException("a stream frame of " + length + " bytes is not one Podman sends");
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            sink.frame(header[0], payload);
        }
    }
}
