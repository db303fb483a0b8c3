package io.wharf.gateway.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP backend that greets each connection with its name and a newline, then echoes bytes. */
final class GreetingEchoServer implements AutoCloseable {
    private final String name;
    private final ServerSocket server;
    private final AtomicInteger open = new AtomicInteger();

    GreetingEchoServer(String name) throws IOException {
        this.name = name;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "backend-" + name);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    int openConnections() {
        return open.get();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.incrementAndGet();
                Thread echo = new Thread(() -> echo(socket), "echo-" + name);
                echo.setDaemon(true);
                echo.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void echo(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            out.write((name + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException ignored) {
            // the gateway went away
        } finally {
            open.decrementAndGet();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
