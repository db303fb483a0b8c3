package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A backend taken out of the routes is idle once the requests it was serving are answered. */
class GatewayDrainIT {

    private static final String HOST = "hello.demo.wharf.localhost";

    private final Routes routes = new Routes();
    private KeepAliveBackend slow;
    private KeepAliveBackend other;
    private Gateway gateway;

    @BeforeEach
    void start() throws Exception {
        slow = KeepAliveBackend.answering("slow", Duration.ofSeconds(2));
        other = KeepAliveBackend.answering("other", Duration.ZERO);
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(slow.backend()));
        GatewaySettings d = GatewaySettings.defaults();
        gateway = Gateway.start(new GatewaySettings("127.0.0.1", 0, d.domain(), 2, d.maxHeaderBytes(),
                d.maxBodyBytes(), d.idleTimeout(), d.connectTimeout(), Duration.ofSeconds(10)), routes);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        slow.close();
        other.close();
    }

    private CompletableFuture<RawHttpClient.Response> getInFlightToSlow() {
        CompletableFuture<RawHttpClient.Response> answer = CompletableFuture.supplyAsync(() -> {
            try (RawHttpClient client = new RawHttpClient(gateway.port())) {
                return client.get(HOST, "/");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> slow.requests.get() == 1);
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(other.backend()));
        return answer;
    }

    @Test
    void aBackendWithNothingInFlightIsIdleAtOnce() {
        assertThat(gateway.awaitIdle("127.0.0.1", other.backend().port(), Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void aBackendTakenOutOfTheRoutesIsIdleOnlyOnceItsRequestInFlightIsAnswered() throws Exception {
        CompletableFuture<RawHttpClient.Response> answer = getInFlightToSlow();

        boolean idle = gateway.awaitIdle("127.0.0.1", slow.backend().port(), Duration.ofSeconds(20));

        assertThat(idle).isTrue();
        assertThat(slow.answered).hasValue(1);
        RawHttpClient.Response response = answer.get(5, TimeUnit.SECONDS);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text()).isEqualTo("slow");
    }

    @Test
    void waitingForABackendToBeIdleEndsAfterTheTimeGivenEvenWithARequestInFlight() throws Exception {
        CompletableFuture<RawHttpClient.Response> answer = getInFlightToSlow();

        boolean idle = gateway.awaitIdle("127.0.0.1", slow.backend().port(), Duration.ofMillis(200));

        assertThat(idle).isFalse();
        assertThat(slow.answered).as("it did not wait for the answer").hasValue(0);
        assertThat(answer.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
}
