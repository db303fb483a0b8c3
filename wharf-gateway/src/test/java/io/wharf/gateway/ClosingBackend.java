package io.wharf.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A backend that answers one request per connection and then closes it without saying so; the answer
 * can be cut short, as by an instance killed mid-response.
 */
final class ClosingBackend implements AutoCloseable {

    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket server;
    private final byte[] answer;

    ClosingBackend() throws IOException {
        this("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    }

    ClosingBackend(String rawAnswer) throws IOException {
        answer = rawAnswer.getBytes(StandardCharsets.ISO_8859_1);
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "closing-backend");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    Backend backend() {
        return new Backend("closing", "127.0.0.1", server.getLocalPort());
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connections.incrementAndGet();
                InputStream in = socket.getInputStream();
                int contentLength = 0;
                for (String line = line(in); !line.isEmpty(); line = line(in)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).trim());
                    }
                }
                in.readNBytes(contentLength);
                socket.getOutputStream().write(answer);
            } catch (IOException e) {
                // the next connection is served all the same
            }
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("closed");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
