package io.wharf.testkit.kubernetes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.HashSet;
import java.util.Set;

/**
 * Forwards TCP connections from a fixed port on 127.0.0.1 to a target, and can cut them: while
 * {@link #stop() stopped} connections are refused and the open ones are closed; {@link #start()}
 * listens on the same port again.
 */
public final class TcpForwarder implements AutoCloseable {
    private final InetSocketAddress target;
    private final Set<Socket> open = new HashSet<>();
    private int port;
    private ServerSocket listener;
    private Thread acceptor;

    public TcpForwarder(InetSocketAddress target) {
        this.target = target;
    }

    /** The port it listens on; fixed by the first start. */
    public synchronized int port() {
        return port;
    }

    public synchronized boolean listening() {
        return listener != null;
    }

    public synchronized void start() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            listener = socket;
            acceptor = daemon("forwarder-accept-" + port, () -> accept(socket));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
        }
    }

    /**
     * Stops listening and closes every forwarded connection, both ways. It waits for the accepting
     * thread to leave, since the port is only released then.
     */
    public synchronized void stop() {
        if (listener == null) {
            return;
        }
        closeQuietly(listener);
        listener = null;
        synchronized (open) {
            open.forEach(TcpForwarder::closeQuietly);
            open.clear();
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                forward(socket, client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void forward(ServerSocket from, Socket client) {
        Socket upstream = new Socket();
        synchronized (open) {
            if (from.isClosed()) {
                closeQuietly(client);
                return;
            }
            open.add(client);
            open.add(upstream);
        }
        try {
            upstream.connect(target, 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        daemon("forwarder-up-" + port, () -> pump(client, upstream));
        daemon("forwarder-down-" + port, () -> pump(upstream, client));
    }

    private void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side or stop() closed the connection
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            synchronized (open) {
                open.remove(from);
                open.remove(to);
            }
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
