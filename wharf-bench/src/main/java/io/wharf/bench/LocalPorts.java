package io.wharf.bench;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Free ports on 127.0.0.1, and waiting until something listens on one. */
public final class LocalPorts {
    public static final String LOOPBACK = "127.0.0.1";

    private LocalPorts() {
    }

    /** A TCP port on 127.0.0.1 that was free a moment ago. */
    public static int freeTcp() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BenchException("cannot find a free port on " + LOOPBACK + ": " + e.getMessage(), e);
        }
    }

    /** A port on 127.0.0.1 free for both TCP and UDP (as DNS servers want). */
    public static int freeTcpAndUdp() {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freeTcp();
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(LOOPBACK, port))) {
                return port;
            } catch (IOException e) {
                // taken for UDP; try another
            }
        }
        throw new BenchException("cannot find a port on " + LOOPBACK + " free for both TCP and UDP");
    }

    /** Waits until {@code daemon} accepts TCP connections on {@code port}, or fails if it exits. */
    public static void awaitListening(Daemon daemon, int port) {
        Poll.until(() -> {
            daemon.requireAlive();
            return accepts(port);
        }, Duration.ofSeconds(20), Duration.ofMillis(50), () -> daemon.name() + " to listen on " + LOOPBACK + ":"
                + port + "; its log says: " + daemon.logTail());
    }

    public static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
