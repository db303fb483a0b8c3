package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.gateway.Gateway;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import io.wharf.server.dataplane.RawHttp;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Release tests: deploy, watch the rollout, and ask the gateway which version answers. */
abstract class AbstractReleaseIT extends AbstractRunningServerIT {
    private static final Pattern VERSION = Pattern.compile("revision (\\d+)\\) version (\\d+)");
    protected final String host = "hello." + system + ".wharf.localhost";

    @Autowired
    protected Gateway gateway;

    protected ApiClient.Response deploy(String body) {
        return api.post(appPath + "/releases", body);
    }

    protected JsonNode rollout() {
        return api.get(appPath + "/rollout").json();
    }

    protected void awaitPhase(String phase, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(rollout().get("phase").asString()).as(rollout().toString()).isEqualTo(phase));
    }

    protected void awaitReady(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> readyIds().size() == count);
    }

    /** The image version ("1" or "2") that answered one request through the gateway. */
    protected String versionThroughGateway() {
        RawHttp.Reply reply = RawHttp.get(gateway.port(), host, "/");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        Matcher m = VERSION.matcher(reply.text());
        assertThat(m.find()).as(reply.text()).isTrue();
        return m.group(2);
    }

    protected Map<String, Integer> versionsOf(int requests) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < requests; i++) {
            counts.merge(versionThroughGateway(), 1, Integer::sum);
        }
        return counts;
    }

    protected String events() {
        return api.get(appPath + "/events?limit=200").body();
    }
}
