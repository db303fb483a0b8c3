package io.wharf.gateway.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Backend;
import io.wharf.gateway.Balancing;
import io.wharf.gateway.GatewayException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpGatewayIT {
    private TcpGateway gateway;
    private GreetingEchoServer a;
    private GreetingEchoServer b;
    private int port;

    @BeforeEach
    void start() throws IOException {
        gateway = new TcpGateway("127.0.0.1", Duration.ofSeconds(1), 1);
        a = new GreetingEchoServer("a");
        b = new GreetingEchoServer("b");
        port = freePort();
    }

    @AfterEach
    void stop() throws IOException {
        gateway.close();
        a.close();
        b.close();
    }

    @Test
    void bytesAreRelayedBothWaysToAReadyInstance() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));

        try (Client client = new Client(port)) {
            assertThat(client.line()).isEqualTo("a");
            String big = "x".repeat(200_000);
            client.send(big + "\n");
            assertThat(client.line()).isEqualTo(big);
        }
    }

    @Test
    void aRelayedConnectionSilentBothWaysForTheIdleTimeoutIsClosed() throws IOException {
        try (TcpGateway quick = new TcpGateway("127.0.0.1", Duration.ofSeconds(1), Duration.ofMillis(500), 1)) {
            quick.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));

            try (Client client = new Client(port)) {
                assertThat(client.line()).isEqualTo("a");
                client.send("still here\n");
                assertThat(client.line()).isEqualTo("still here");

                assertThat(client.line()).as("end of stream after the idle timeout").isNull();
            }
        }
    }

    @Test
    void connectionsAreSpreadRoundRobinOverTheInstances() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a), backend(b)));

        List<String> greetings = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try (Client client = new Client(port)) {
                greetings.add(client.line());
            }
        }

        assertThat(greetings).containsExactlyInAnyOrder("a", "a", "b", "b");
    }

    @Test
    void leastConnectionsSendsANewConnectionToTheLessBusyInstance() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.LEAST_CONNECTIONS, List.of(backend(a), backend(b)));

        try (Client first = new Client(port)) {
            String busy = first.line();
            try (Client second = new Client(port)) {
                assertThat(second.line()).isNotEqualTo(busy);
            }
            GreetingEchoServer other = busy.equals("a") ? b : a;
            await().atMost(Duration.ofSeconds(5)).until(() -> other.openConnections() == 0);

            try (Client third = new Client(port)) {
                assertThat(third.line()).as("the instance that has no connection").isEqualTo(other == a ? "a" : "b");
            }
        }
    }

    @Test
    void anInstanceThatRefusesConnectionsIsSkipped() throws IOException {
        Backend dead = new Backend("db-dead", "127.0.0.1", freePort());
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(dead, backend(b)));

        for (int i = 0; i < 3; i++) {
            try (Client client = new Client(port)) {
                assertThat(client.line()).isEqualTo("b");
            }
        }
    }

    @Test
    void withoutReadyInstancesAClientIsClosedAtOnce() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of());

        try (Client client = new Client(port)) {
            assertThat(client.line()).isNull();
        }
    }

    @Test
    void newRoutesApplyToNewConnectionsWhileOpenOnesStay() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));
        try (Client open = new Client(port)) {
            assertThat(open.line()).isEqualTo("a");

            gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(b)));

            try (Client next = new Client(port)) {
                assertThat(next.line()).isEqualTo("b");
            }
            open.send("still here\n");
            assertThat(open.line()).isEqualTo("still here");
        }
    }

    @Test
    void aRemovedPortIsClosed() throws IOException {
        gateway.setRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));

        gateway.remove(port);

        assertThat(gateway.ports()).doesNotContain(port);
        assertThatThrownBy(() -> new Client(port).close()).isInstanceOf(ConnectException.class);
    }

    @Test
    void aPortThatAnotherProcessHoldsIsAClearError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int takenPort = taken.getLocalPort();
            assertThatThrownBy(() -> gateway.setRoute(takenPort, "demo/db", Balancing.ROUND_ROBIN, List.of()))
                    .isInstanceOf(GatewayException.class)
                    .hasMessageContaining("cannot open TCP port 127.0.0.1:" + takenPort);
            assertThat(gateway.ports()).isEmpty();
        }
    }

    @Test
    void aClaimedPortIsRefusedToAnotherOwnerAndKeepsLeadingToItsOwn() throws IOException {
        gateway.claimRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));

        assertThatThrownBy(() -> gateway.claimRoute(port, "lb:idc-a/shop/db/5432", Balancing.ROUND_ROBIN,
                List.of(backend(b)))).isInstanceOf(GatewayException.class).hasMessageContaining("in use by demo/db");
        try (Client client = new Client(port)) {
            assertThat(client.line()).isEqualTo("a");
        }
    }

    @Test
    void onlyTheOwnerOfAPortCanReleaseIt() throws IOException {
        gateway.claimRoute(port, "demo/db", Balancing.ROUND_ROBIN, List.of(backend(a)));

        gateway.release(port, "lb:idc-a/shop/db/5432");
        assertThat(gateway.ports()).contains(port);

        gateway.release(port, "demo/db");
        assertThat(gateway.ports()).doesNotContain(port);
        assertThatThrownBy(() -> new Client(port).close()).isInstanceOf(ConnectException.class);
    }

    private static Backend backend(GreetingEchoServer server) {
        return new Backend("db-" + server.port(), "127.0.0.1", server.port());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final BufferedReader in;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(5000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        }

        String line() throws IOException {
            return in.readLine();
        }

        void send(String text) throws IOException {
            socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
