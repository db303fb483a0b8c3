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
    void configInRevisionTwoImageInRevisionThreeAndARollbackToOneBringBackRevisionOnesImageAndConfig() {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 2,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1},
                 "configs": [{"name": "app", "path": "/tmp/www/app.conf", "content": "colour = blue\\n"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        awaitServed("1", "colour = blue");
        assertThat(putConfig("colour = green").status()).isEqualTo(200);                       // revision 2
        assertThat(deploy("{\"image\": \"localhost/wharf/hello:2\"}").status()).isEqualTo(201); // revision 3
        awaitServed("2", "colour = green");

        ApiClient.Response rolledBack = api.post(appPath + "/rollback", "{\"revision\": 1}");

        assertThat(rolledBack.status()).as(rolledBack.body()).isEqualTo(201);
        assertThat(rolledBack.json().get("revision").asLong()).isEqualTo(4);
        assertThat(rolledBack.json().get("restores").asLong()).isEqualTo(1);
        assertThat(rolledBack.json().get("image").asString()).isEqualTo("localhost/wharf/hello:1");
        awaitPhase("RolledBack", Duration.ofSeconds(60));
        awaitServed("1", "colour = blue");
        assertThat(api.get(appPath + "/releases").json().valueStream().map(r -> r.get("revision").asLong()).toList())
                .containsExactly(4L, 3L, 2L, 1L);
        assertThat(api.get(appPath + "/configs/app?revision=4").json().get("content").asString())
                .isEqualTo("colour = blue\n");
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
