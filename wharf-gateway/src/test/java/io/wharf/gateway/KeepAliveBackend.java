package io.wharf.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keep-alive backend on plain sockets, to do to the gateway's connections what real servers do: it
 * answers each request after a delay, and can drop a connection instead of answering its next request,
 * as a server that closed the connection while it was idle (with a FIN, or with a reset).
 */
final class KeepAliveBackend implements AutoCloseable {

    /** Requests read, whether answered or not. */
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    private final String name;
    private final int answersPerConnection;
    private final boolean reset;
    private final Duration delay;
    private final ServerSocket server;

    /**
     * @param answersPerConnection how many requests a connection is answered before the next one drops it
     * @param reset                whether dropping sends a reset rather than a FIN
     */
    KeepAliveBackend(String name, int answersPerConnection, boolean reset, Duration delay) throws IOException {
        this.name = name;
        this.answersPerConnection = answersPerConnection;
        this.reset = reset;
        this.delay = delay;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptAll, "keep-alive-backend-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers every request and keeps every connection. */
    static KeepAliveBackend answering(String name, Duration delay) throws IOException {
        return new KeepAliveBackend(name, Integer.MAX_VALUE, false, delay);
    }

    Backend backend() {
        return new Backend(name, "127.0.0.1", server.getLocalPort());
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.incrementAndGet();
                Thread serving = new Thread(() -> serve(socket), "keep-alive-backend-" + name + "-connection");
                serving.setDaemon(true);
                serving.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            for (int served = 0; readRequest(in); served++) {
                requests.incrementAndGet();
                if (served == answersPerConnection) {
                    if (reset) {
                        socket.setSoLinger(true, 0);
                    }
                    return;
                }
                Thread.sleep(delay.toMillis());
                byte[] body = name.getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                answered.incrementAndGet();
            }
        } catch (IOException | InterruptedException e) {
            // the connection ends
        }
    }

    /** Reads one request head and its Content-Length body; false at the end of the stream. */
    private static boolean readRequest(InputStream in) throws IOException {
        String first = line(in);
        if (first == null) {
            return false;
        }
        int contentLength = 0;
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(line.substring(15).trim());
            }
        }
        in.readNBytes(contentLength);
        return true;
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return null;
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
