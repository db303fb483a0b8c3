package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient.Response;
import io.wharf.testkit.kubernetes.MockCluster;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Apps placed across two registered Kubernetes clusters (two fabric8 mock API servers, each behind a
 * forwarder that can cut it off; the test plays their controllers and kubelets). The test's system
 * goes first, so that the clusters it used can be deleted.
 */
class PlacementIT extends AbstractRunningServerIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String idcA = "idc-a-" + suffix;
    private final String idcB = "idc-b-" + suffix;
    private final String apps = "/api/v1/systems/" + system + "/apps";
    MockCluster a;
    MockCluster b;

    @BeforeEach
    void registerTwoClusters() {
        a = MockCluster.start();
        b = MockCluster.start();
        register(idcA, a, "{\"idc\": \"bj-1-" + suffix + "\", \"region\": \"north-" + suffix + "\"}");
        register(idcB, b, "{\"idc\": \"bj-2-" + suffix + "\", \"region\": \"north-" + suffix + "\"}");
    }

    @AfterEach
    void removeEverything() {
        api.delete("/api/v1/systems/" + system + "?cascade=true");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(api.delete("/api/v1/clusters/" + idcA).status()).isIn(204, 404);
            assertThat(api.delete("/api/v1/clusters/" + idcB).status()).isIn(204, 404);
        });
        a.close();
        b.close();
    }

    private void register(String name, MockCluster cluster, String labels) {
        Response response = ClusterRegistrations.register(api, name, cluster.kubeconfig(), "\"labels\": " + labels);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private Response createWeb(String placement) {
        return api.post(apps, """
                {"name": "web", "image": "registry.example/shop/web:1", "port": 8080, "placement": %s}"""
                .formatted(placement));
    }

    private JsonNode status() {
        return api.get(apps + "/web").json().get("status");
    }

    private List<JsonNode> instances() {
        Response response = api.get(apps + "/web/instances");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().toList();
    }

    private Deployment deployment(MockCluster cluster) {
        return cluster.client().apps().deployments().inNamespace(system).withName("web").get();
    }

    private List<Pod> pods(MockCluster cluster) {
        return cluster.client().pods().inNamespace(system).list().getItems();
    }

    private void awaitAvailable() {
        await().atMost(WAIT).untilAsserted(() -> {
            a.syncControllers();
            b.syncControllers();
            assertThat(status().get("phase").asString()).as(status().toString()).isEqualTo("Available");
        });
    }

    @Test
    void anAppPlacedThreeAndTwoRunsItsShareOnEachClusterAndSurvivesOneClusterBeingCutOff() {
        Response created = createWeb("{\"clusters\": {\"%s\": 3, \"%s\": 2}}".formatted(idcA, idcB));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("replicas").asInt()).isEqualTo(5);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(deployment(a)).isNotNull().satisfies(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(3));
            assertThat(deployment(b)).isNotNull().satisfies(d -> assertThat(d.getSpec().getReplicas()).isEqualTo(2));
        });
        Response rendered = api.get(apps + "/web/manifests?cluster=" + idcB);
        assertThat(rendered.status()).as(rendered.body()).isEqualTo(200);
        assertThat(rendered.body()).contains("kind: \"Deployment\"", "replicas: 2");
        awaitAvailable();
        assertThat(status().get("message").asString()).isEqualTo("5/5 instances ready on 2 clusters");
        assertThat(instances()).extracting(i -> i.get("cluster").asString())
                .containsExactlyInAnyOrder(idcA, idcA, idcA, idcB, idcB);

        b.disconnect();

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(status().get("phase").asString()).isEqualTo("Degraded");
            assertThat(status().get("message").asString()).contains("cluster " + idcB + " cannot be reached");
            assertThat(instances()).filteredOn(i -> i.get("cluster").asString().equals(idcB)).hasSize(2)
                    .allSatisfy(i -> {
                        assertThat(i.get("state").asString()).isEqualTo("unknown");
                        assertThat(i.get("ready").asBoolean()).isFalse();
                    });
        });
        assertThat(instances()).filteredOn(i -> i.get("cluster").asString().equals(idcA)).hasSize(3)
                .allSatisfy(i -> assertThat(i.get("ready").asBoolean()).isTrue());
        assertThat(deployment(a).getSpec().getReplicas()).isEqualTo(3);

        b.reconnect();

        awaitAvailable();
        assertThat(b.client().apps().deployments().inNamespace(system).list().getItems()).hasSize(1);
        assertThat(deployment(b).getSpec().getReplicas()).isEqualTo(2);
        assertThat(pods(b)).hasSize(2);
        assertThat(pods(a)).hasSize(3);
        assertThat(instances()).hasSize(5).allSatisfy(i -> assertThat(i.get("ready").asBoolean()).isTrue());
    }

    @Test
    void aSelectorSpreadsTheReplicasEvenlyOverTheMatchingClustersAndMovingOffAClusterDeletesItThere() {
        Response created = createWeb("{\"selector\": {\"region\": \"north-%s\"}, \"replicas\": 4}".formatted(suffix));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        awaitAvailable();
        assertThat(deployment(a).getSpec().getReplicas()).isEqualTo(2);
        assertThat(deployment(b).getSpec().getReplicas()).isEqualTo(2);

        Response moved = api.patch(apps + "/web", "{\"placement\": {\"selector\": {\"idc\": \"bj-1-" + suffix + "\"}, \"replicas\": 4}}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(deployment(b)).isNull();
            assertThat(deployment(a).getSpec().getReplicas()).isEqualTo(4);
        });
        awaitAvailable();
        // the pods on idc-b go as that cluster deletes them, after the Deployment
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(instances()).extracting(i -> i.get("cluster").asString()).containsOnly(idcA).hasSize(4));
    }

    @Test
    void placementMistakesAre422sThatNameTheFieldAndAClusterInUseCannotBeDeleted() {
        Response unknown = createWeb("{\"clusters\": {\"nowhere\": 1}}");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("placement.clusters.nowhere", "no such cluster");

        Response both = createWeb("{\"clusters\": {\"%s\": 1}, \"selector\": {\"idc\": \"bj-1\"}}".formatted(idcA));
        assertThat(both.status()).isEqualTo(422);
        assertThat(both.body()).contains("exactly one of");

        Response gpuLocally = api.post(apps, """
                {"name": "trainer", "image": "registry.example/ml:1", "replicas": 1, "resources": {"gpu": 1}}""");
        assertThat(gpuLocally.status()).isEqualTo(422);
        assertThat(gpuLocally.body()).contains("resources.gpu", "no GPUs");

        assertThat(createWeb("{\"clusters\": {\"%s\": 2}}".formatted(idcA)).status()).isEqualTo(201);
        Response notThere = api.get(apps + "/web/manifests?cluster=" + idcB);
        assertThat(notThere.status()).isEqualTo(409);
        assertThat(notThere.body()).contains("has no instances placed on cluster " + idcB);
        Response scaled = api.put(apps + "/web/replicas", "{\"replicas\": 3}");
        assertThat(scaled.status()).isEqualTo(422);
        assertThat(scaled.body()).contains("change placement.clusters instead");

        Response deleted = api.delete("/api/v1/clusters/" + idcA);
        assertThat(deleted.status()).isEqualTo(409);
        assertThat(deleted.body()).contains(system + "/web");
        assertThat(api.get(apps + "/web").json().get("replicas").asInt()).isEqualTo(2);
    }
}
