package io.wharf.runtime.podman;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.wharf.engine.EngineException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * An exec's attached stream on a connection of Wharf's own to the Docker API socket: {@code POST
 * /exec/{id}/start} upgraded to a raw stream (101), the command's input one way and its output the
 * other. docker-java's hijacked stream cannot half-close; this one can, so the end of input reaches
 * the command ({@link #endInput()}), as it does for {@code docker exec -i}. Reads and writes may run
 * on two threads at once.
 */
final class ExecStream implements Closeable {
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final SocketChannel channel;
    private final byte[] leftover;

    private ExecStream(SocketChannel channel, byte[] leftover) {
        this.channel = channel;
        this.leftover = leftover;
    }

    /** Starts the exec attached; fails with {@link EngineException} with Podman's words when it refuses. */
    static ExecStream start(Path socket, String execId, boolean tty) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            channel.connect(UnixDomainSocketAddress.of(socket));
            byte[] body = ("{\"Detach\":false,\"Tty\":" + tty + "}").getBytes(StandardCharsets.UTF_8);
            String head = "POST /v" + DockerClients.API_VERSION + "/exec/" + execId + "/start HTTP/1.1\r\n"
                    + "Host: podman\r\nContent-Type: application/json\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n";
            write(channel, head.getBytes(StandardCharsets.US_ASCII));
            write(channel, body);
            return answer(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static ExecStream answer(SocketChannel channel) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        int end;
        while ((end = headEnd(received.toByteArray())) < 0) {
            buffer.clear();
            if (channel.read(buffer) < 0 || received.size() > MAX_HEAD_BYTES) {
                throw new EOFException("Podman closed the connection before answering exec start");
            }
            received.write(buffer.array(), 0, buffer.position());
        }
        byte[] all = received.toByteArray();
        String head = new String(all, 0, end, StandardCharsets.US_ASCII);
        byte[] rest = Arrays.copyOfRange(all, end + 4, all.length);
        if (!head.startsWith("HTTP/1.1 101")) {
            throw new EngineException("Podman refused to start the exec: " + head.lines().findFirst().orElse("")
                    + refusal(channel, rest, head));
        }
        return new ExecStream(channel, rest);
    }

    /** The error body's message, read up to its length (the connection is not kept). */
    private static String refusal(SocketChannel channel, byte[] rest, String head) throws IOException {
        long length = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                .map(l -> Long.parseLong(l.substring(15).trim())).findFirst().orElse(0L);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(rest);
        ByteBuffer buffer = ByteBuffer.allocate(4096);
        while (body.size() < Math.min(length, MAX_HEAD_BYTES) && channel.read(buffer.clear()) > 0) {
            body.write(buffer.array(), 0, buffer.position());
        }
        try {
            String message = JSON.readTree(body.toByteArray()).path("message").asText("");
            return message.isEmpty() ? "" : ": " + message;
        } catch (IOException notJson) {
            return "";
        }
    }

    private static int headEnd(byte[] bytes) {
        for (int i = 0; i + 3 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** What the command prints: raw with a TTY, else in Docker's multiplexed frames (see {@link StreamFrames}). */
    InputStream output() {
        return new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                if (next < leftover.length) {
                    int count = Math.min(length, leftover.length - next);
                    System.arraycopy(leftover, next, into, offset, count);
                    next += count;
                    return count;
                }
                return channel.read(ByteBuffer.wrap(into, offset, length));
            }
        };
    }

    void write(byte[] input) throws IOException {
        write(channel, input);
    }

    /** Half-closes the connection: the command reads the end of its input. */
    void endInput() throws IOException {
        channel.shutdownOutput();
    }

    private static void write(SocketChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
