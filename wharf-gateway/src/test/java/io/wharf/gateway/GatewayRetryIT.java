package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which broken backend connections a request survives: tried again where that is safe, never where it is not. */
class GatewayRetryIT {

    static {
        LeakCounter.install();
    }

    private static final String HOST = "hello.demo.wharf.localhost";

    private final Routes routes = new Routes();
    private final List<AutoCloseable> backends = new ArrayList<>();
    private Gateway gateway;
    private RawHttpClient client;

    @BeforeEach
    void start() {
        GatewaySettings d = GatewaySettings.defaults();
        gateway = Gateway.start(new GatewaySettings("127.0.0.1", 0, d.domain(), 1, d.maxHeaderBytes(),
                d.maxBodyBytes(), d.idleTimeout(), d.connectTimeout(), Duration.ofSeconds(10)), routes);
        client = new RawHttpClient(gateway.port());
    }

    @AfterEach
    void stop() throws Exception {
        client.close();
        gateway.close();
        for (AutoCloseable backend : backends) {
            backend.close();
        }
        assertThat(LeakCounter.leaks()).as("buffers leaked").isZero();
    }

    private <T extends AutoCloseable> T backend(T backend) {
        backends.add(backend);
        return backend;
    }

    private void route(Backend... ready) {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(ready));
    }

    @Test
    void aGetOnAPooledConnectionThatTheOnlyBackendClosedMeanwhileIsAnsweredOverANewConnection() throws Exception {
        KeepAliveBackend closesIdle = backend(new KeepAliveBackend("only", 1, false, Duration.ZERO));
        route(closesIdle.backend());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(client.get(HOST, "/").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(closesIdle.answered).hasValue(5);
        assertThat(closesIdle.requests).as("each pooled connection was tried, then a new one").hasValue(9);
    }

    @Test
    void aGetOnAPooledConnectionThatTheBackendResetIsAnsweredOverANewConnection() throws Exception {
        KeepAliveBackend resetsIdle = backend(new KeepAliveBackend("only", 1, true, Duration.ZERO));
        route(resetsIdle.backend());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(client.get(HOST, "/").status());
        }

        assertThat(statuses).containsOnly(200);
        assertThat(resetsIdle.answered).hasValue(5);
    }

    @Test
    void aPostIsNeverSentTwiceEvenWhenItsPooledConnectionTurnsOutClosed() throws Exception {
        KeepAliveBackend closesIdle = backend(new KeepAliveBackend("only", 1, false, Duration.ZERO));
        route(closesIdle.backend());
        assertThat(client.send("POST", HOST, "/", "first".getBytes(), false).status()).isEqualTo(200);

        RawHttpClient.Response second = client.send("POST", HOST, "/", "second".getBytes(), false);

        assertThat(second.status()).isEqualTo(502);
        assertThat(closesIdle.requests).as("the second POST reached the backend once").hasValue(2);
    }

    @Test
    void aGetWhoseNewConnectionIsResetBeforeAnyResponseByteIsAnsweredByAnotherBackend() throws Exception {
        KeepAliveBackend resets = backend(new KeepAliveBackend("resets", 0, true, Duration.ZERO));
        KeepAliveBackend good = backend(KeepAliveBackend.answering("good", Duration.ZERO));
        route(resets.backend(), good.backend());

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RawHttpClient.Response response = client.get(HOST, "/");
            answers.add(response.status() + " " + response.text());
        }

        assertThat(answers).containsOnly("200 good");
        assertThat(resets.requests.get()).as("the resetting backend had its turns").isPositive();
    }

    @Test
    void aPutWhoseBodyWentToABackendThatResetsIsNotTriedOnAnother() throws Exception {
        KeepAliveBackend resets = backend(new KeepAliveBackend("resets", 0, true, Duration.ZERO));
        KeepAliveBackend good = backend(KeepAliveBackend.answering("good", Duration.ZERO));
        route(resets.backend(), good.backend());

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(client.send("PUT", HOST, "/", "body".getBytes(), false).status());
        }

        assertThat(statuses).containsExactlyInAnyOrder(502, 502, 200, 200);
        assertThat(good.requests).as("no PUT came to the good backend after the other had it").hasValue(2);
    }

    @Test
    void aGetToABackendThatRefusesConnectionsIsAnsweredByAnotherReadyInstance() throws Exception {
        KeepAliveBackend gone = new KeepAliveBackend("gone", 0, false, Duration.ZERO);
        Backend refusing = gone.backend();
        gone.close();
        KeepAliveBackend good = backend(KeepAliveBackend.answering("good", Duration.ZERO));
        route(refusing, good.backend());

        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            RawHttpClient.Response response = client.get(HOST, "/");
            answers.add(response.status() + " " + response.text());
        }

        assertThat(answers).containsOnly("200 good");
    }
}
