package io.wharf.server.releases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.server.dataplane.KeepAliveLoad;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Each strategy moves the sample app from image version 1 to version 2 with real instances behind the gateway. */
class RolloutStrategiesIT extends AbstractReleaseIT {
    private static final Logger LOG = LoggerFactory.getLogger(RolloutStrategiesIT.class);

    @Test
    void aRollingUpdateOfFiveInstancesUnderLoadFailsNoRequestAndEndsComplete() throws Exception {
        createHello(5);
        awaitReady(5);
        Set<Set<Long>> revisionsSeen = new HashSet<>();
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, 4);
        try {
            ApiClient.Response deployed = deploy("{\"image\": \"localhost/wharf/hello:2\"}");
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
            assertThat(deployed.json().get("revision").asLong()).isEqualTo(2);

            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                revisionsSeen.add(instanceRevisions());
                assertThat(rollout().get("phase").asString()).isEqualTo("Complete");
            });
        } finally {
            load.close();
        }

        assertThat(load.failures()).as(load.summary()).isZero();
        assertThat(load.successes()).as(load.summary()).isGreaterThan(100);
        assertThat(revisionsSeen).as("the instances list shows revisions moving").contains(Set.of(1L, 2L));
        assertThat(instanceRevisions()).containsExactly(2L);
        assertThat(readyIds()).hasSize(5);
        assertThat(versionsOf(20)).containsOnlyKeys("2");
        assertThat(api.get(appPath).json().get("status").get("phase").asString()).isEqualTo("Available");
    }

    @Test
    void aReleaseThatNeverBecomesReadyFailsAtItsDeadlineAndIsRolledBackWhileTrafficStaysOnTheOldInstances()
            throws Exception {
        createHello(2);
        awaitReady(2);
        Set<String> original = readyIds();
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, 2);
        try {
            ApiClient.Response deployed = deploy("""
                    {"command": ["sleep", "3600"],
                     "strategy": {"type": "rolling", "progressDeadlineSeconds": 5}}""");
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);

            awaitPhase("RolledBack", Duration.ofSeconds(60));
        } finally {
            load.close();
        }

        assertThat(load.failures()).as(load.summary()).isZero();
        assertThat(load.servedBy().keySet()).as("traffic never left the old instances").isEqualTo(original);
        assertThat(rollout().get("revision").asLong()).isEqualTo(3);
        assertThat(rollout().get("restores").asLong()).isEqualTo(1);
        assertThat(api.get(appPath + "/releases/3").json().get("summary").asString())
                .contains("restores revision 1").contains("revision 2 failed");
        assertThat(events()).contains("RolloutFailed").contains("revision 2 made no progress for 5 s")
                .contains("RollingBack").contains("RolledBack");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(readyIds()).isEqualTo(original));
    }

    @Test
    void aCanaryAtTenPercentGetsTenPercentOfTheRequestsAndPromotionTakesItToAll() {
        createHello(3);
        awaitReady(3);

        ApiClient.Response deployed = deploy("""
                {"image": "localhost/wharf/hello:2", "strategy": {"type": "canary", "steps": [10]}}""");
        assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(rollout().get("message").asString()).contains("waiting for promote"));

        Map<String, Integer> versions = versionsOf(1000);
        LOG.info("canary at 10%: versions over 1000 requests {}", versions);
        assertThat(versions.getOrDefault("2", 0)).as(versions.toString()).isBetween(70, 130);
        assertThat(rollout().get("phase").asString()).isEqualTo("Progressing");

        assertThat(api.post(appPath + "/rollout/promote", "").status()).isEqualTo(200);

        awaitPhase("Complete", Duration.ofSeconds(60));
        assertThat(versionsOf(30)).containsOnlyKeys("2");
        assertThat(instanceRevisions()).containsExactly(2L);
    }

    @Test
    void blueGreenSwitchesWithoutAFailedRequestAndSwitchesBackWithinASecond() throws Exception {
        createHello(2);
        awaitReady(2);
        KeepAliveLoad load = KeepAliveLoad.start(gateway.port(), host, 2);
        long switchBackMillis;
        try {
            ApiClient.Response deployed = deploy("""
                    {"image": "localhost/wharf/hello:2", "strategy": {"type": "blue-green", "keepOldSeconds": 600}}""");
            assertThat(deployed.status()).as(deployed.body()).isEqualTo(201);
            awaitPhase("Complete", Duration.ofSeconds(60));
            assertThat(versionsOf(10)).containsOnlyKeys("2");
            assertThat(instanceRevisions()).as("the old set is kept for a switch back").containsExactlyInAnyOrder(1L, 2L);

            long start = System.nanoTime();
            assertThat(api.post(appPath + "/rollback", "").status()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10))
                    .until(() -> versionThroughGateway().equals("1"));
            switchBackMillis = (System.nanoTime() - start) / 1_000_000;
        } finally {
            load.close();
        }

        LOG.info("blue-green switch back took {} ms; load: {}", switchBackMillis, load.summary());
        assertThat(load.failures()).as(load.summary()).isZero();
        assertThat(versionsOf(10)).containsOnlyKeys("1");
        assertThat(switchBackMillis).as("switching back, in ms").isLessThan(1000);
        awaitPhase("RolledBack", Duration.ofSeconds(30));
        assertThat(instanceRevisions()).as("the other set stays for another switch").containsExactlyInAnyOrder(1L, 2L);
    }

    private Set<Long> instanceRevisions() {
        Set<Long> revisions = new HashSet<>();
        api.get(appPath + "/instances").json().valueStream()
                .filter(i -> !i.get("state").asString().equals("terminating"))
                .forEach(i -> revisions.add(i.get("revision").asLong()));
        return revisions;
    }
}
