package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.server.dataplane.RawHttp;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rollback restores what an older revision ran: its image and its config files, as a new release. */
class RollbackIT extends AbstractReleaseIT {

    @Test
    void rollingBackRestoresTheImageAndTheConfigFileOfThatRevision() {
        createHello(2);
        awaitReady(2);
        assertThat(putConfig("colour = blue").status()).isEqualTo(201);                  // revision 2
        assertThat(deploy("{\"image\": \"localhost/wharf/hello:2\"}").status()).isEqualTo(201); // revision 3
        assertThat(putConfig("colour = green").status()).isEqualTo(200);                  // revision 4
        awaitServed("2", "colour = green");

        ApiClient.Response rolledBack = api.post(appPath + "/rollback", "{\"revision\": 2}");

        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(201);
        assertThat(rolledBack.json().get("revision").asLong()).isEqualTo(5);
        assertThat(rolledBack.json().get("restores").asLong()).isEqualTo(2);
        assertThat(rolledBack.json().get("image").asString()).isEqualTo("localhost/wharf/hello:1");
        awaitPhase("RolledBack", Duration.ofSeconds(60));
        awaitServed("1", "colour = blue");
        assertThat(api.get(appPath + "/releases").json().valueStream().map(r -> r.get("revision").asLong()).toList())
                .containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void rollingBackToTheFirstRevisionTakesAwayAConfigFileAddedLater() {
        createHello(1);
        awaitReady(1);
        assertThat(putConfig("colour = blue").status()).isEqualTo(201);
        awaitServed("1", "colour = blue");

        assertThat(api.post(appPath + "/rollback", "").status()).isEqualTo(201);

        awaitPhase("RolledBack", Duration.ofSeconds(60));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readyAddresses()).allSatisfy(address ->
                assertThat(RawHttp.get(port(address), host, "/app.conf").status()).isEqualTo(404)));
    }

    private ApiClient.Response putConfig(String content) {
        return api.put(appPath + "/configs/app", "{\"path\": \"/tmp/www/app.conf\", \"content\": \"" + content + "\\n\"}");
    }

    /** Every ready instance runs image {@code version} and serves {@code content} as its config file. */
    private void awaitServed(String version, String content) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            assertThat(rollout().get("phase").asString()).isIn("Complete", "RolledBack");
            List<String> addresses = readyAddresses();
            assertThat(addresses).isNotEmpty();
            for (String address : addresses) {
                assertThat(RawHttp.get(port(address), host, "/").text()).contains("version " + version);
                assertThat(RawHttp.get(port(address), host, "/app.conf").text()).contains(content);
            }
        });
    }

    private List<String> readyAddresses() {
        return api.get(appPath + "/instances").json().valueStream()
                .filter(i -> i.get("ready").asBoolean() && !i.get("state").asString().equals("terminating"))
                .map(i -> i.get("address").asString()).toList();
    }

    private static int port(String address) {
        return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
    }
}
