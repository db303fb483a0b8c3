package io.wharf.testkit.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpForwarderTest {
    private ServerSocket echo;
    private TcpForwarder forwarder;

    @BeforeEach
    void startAnEchoServerBehindAForwarder() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::echoEveryConnection, "echo");
        server.setDaemon(true);
        server.start();
        forwarder = new TcpForwarder(new InetSocketAddress(InetAddress.getLoopbackAddress(), echo.getLocalPort()));
        forwarder.start();
    }

    @AfterEach
    void stop() throws IOException {
        forwarder.close();
        echo.close();
    }

    private void echoEveryConnection() {
        while (!echo.isClosed()) {
            try {
                Socket socket = echo.accept();
                Thread handler = new Thread(() -> {
                    try (socket) {
                        socket.getInputStream().transferTo(socket.getOutputStream());
                    } catch (IOException e) {
                        // closed by the forwarder
                    }
                });
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        byte[] answer = socket.getInputStream().readNBytes(text.length());
        return new String(answer, StandardCharsets.UTF_8);
    }

    @Test
    void bytesGoBothWaysThroughTheForwarder() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), forwarder.port())) {
            assertThat(roundTrip(socket, "hello")).isEqualTo("hello");
        }
    }

    @Test
    void stoppingClosesOpenConnectionsAndRefusesNewOnes() throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), forwarder.port())) {
            roundTrip(socket, "hello");

            forwarder.stop();

            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), forwarder.port()).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void startingAgainListensOnTheSamePort() throws IOException {
        int port = forwarder.port();
        forwarder.stop();

        forwarder.start();

        assertThat(forwarder.port()).isEqualTo(port);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            assertThat(roundTrip(socket, "again")).isEqualTo("again");
        }
    }
}
