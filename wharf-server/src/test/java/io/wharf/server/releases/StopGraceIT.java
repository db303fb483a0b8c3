package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * On Podman, instances whose PID 1 ignores SIGTERM (busybox httpd run directly, as many images do) wait
 * out their grace period when stopped; a rollout starts their replacements without waiting for that.
 */
class StopGraceIT extends AbstractRunningServerIT {
    private static final Pattern INSTANCE = Pattern.compile("instance (\\S+) \\(revision (\\d+)\\)");

    @Test
    void aRolloutOfFiveInstancesThatIgnoreSigtermStartsEachNewOneWithinTwoSecondsOfBeingWanted() {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 5,
                 "command": ["sh", "-c", "mkdir -p /tmp/w && echo ok > /tmp/w/healthz && exec httpd -f -p 8080 -h /tmp/w"],
                 "stopGraceSeconds": 20,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("stopGraceSeconds").asInt()).isEqualTo(20);
        await().atMost(Duration.ofSeconds(60)).until(() -> readyIds().size() == 5);

        ApiClient.Response release = api.post(appPath + "/releases", """
                {"env": {"MODE": "two"}, "strategy": {"type": "rolling"}}""");
        assertThat(release.status()).as(release.body()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(instances()).filteredOn(i ->
                i.get("revision").asLong() == 2 && i.get("ready").asBoolean()).hasSize(5));
        assertThat(instances()).filteredOn(i -> i.get("revision").asLong() == 1)
                .as("the old instances are still waiting out their 20 s").isNotEmpty()
                .allSatisfy(i -> assertThat(i.get("state").asString()).isEqualTo("terminating"));
        Map<String, Instant> wanted = times("Scheduled");
        Map<String, Instant> started = times("Started");
        assertThat(wanted).hasSize(5);
        wanted.forEach((id, at) -> assertThat(Duration.between(at, started.get(id))).as(id)
                .isLessThan(Duration.ofSeconds(2)));
    }

    private List<JsonNode> instances() {
        return api.get(appPath + "/instances").json().valueStream().toList();
    }

    /** When each instance of revision 2 had the event. */
    private Map<String, Instant> times(String reason) {
        Map<String, Instant> times = new HashMap<>();
        api.get(appPath + "/events?limit=200").json().valueStream()
                .filter(e -> e.get("reason").asString().equals(reason)).forEach(e -> {
                    Matcher m = INSTANCE.matcher(e.get("message").asString());
                    if (m.find() && m.group(2).equals("2")) {
                        times.put(m.group(1), Instant.parse(e.get("time").asString()));
                    }
                });
        return times;
    }
}
