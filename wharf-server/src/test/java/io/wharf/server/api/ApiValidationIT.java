package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.model.AppKey;
import io.wharf.server.ApiClient;
import io.wharf.server.ApiClient.Response;
import io.wharf.server.OwnHome;
import io.wharf.server.RawRequest;
import io.wharf.server.builds.SourceRows;
import io.wharf.server.builds.StoredSource;
import io.wharf.testkit.Homes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Bad input gets a clear 4xx problem+json and changes nothing. Runs the real server on a random
 * port with its own home, store and the Podman runtime.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiValidationIT {
    private static final Path HOME = Homes.create("api-validation");
    private static final String SYSTEMS = "/api/v1/systems";
    private static final String APPS = "/api/v1/systems/demo/apps";

    @LocalServerPort
    int port;
    @Autowired
    SourceRows sourceRows;
    ApiClient api;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
        registry.add("wharf.max-replicas", () -> "50");
    }

    @BeforeEach
    void createTheDemoSystem() throws IOException {
        api = OwnHome.admin(port, HOME);
        api.delete(SYSTEMS + "/demo?cascade=true");
        assertThat(api.post(SYSTEMS, "{\"name\":\"demo\"}").status()).isEqualTo(201);
    }

    private void assertProblem(Response response, int status, String detailPart) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.json().get("detail").asString()).contains(detailPart);
    }

    private String stateOfTheWorld() {
        return api.get(SYSTEMS).body() + api.get(APPS).body();
    }

    @Test
    void theHealthCheckNeedsNoToken() {
        Response response = api.send("GET", "/api/v1/health", null, null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void theAdminTokenFileIsReadableByItsOwnerOnly() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(HOME.resolve("admin.token"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aRequestWithoutATokenIsUnauthorizedAndChangesNothing() {
        String before = stateOfTheWorld();

        Response response = api.send("POST", SYSTEMS, "{\"name\":\"sneaky\"}", null);

        assertProblem(response, 401, "Authorization: Bearer");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void aRequestWithAWrongTokenIsUnauthorized() {
        assertProblem(api.send("GET", SYSTEMS, null, "not-the-token"), 401, "not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Demo", "under_score", "-leading", "trailing-", "with space", "",
            "a-name-that-is-far-too-long-to-be-a-dns-label-because-it-has-64c"})
    void anInvalidSystemNameIsRejectedWithTheField(String name) {
        String before = stateOfTheWorld();

        Response response = api.post(SYSTEMS, "{\"name\":\"" + name + "\"}");

        assertProblem(response, 422, "name");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void everyBadFieldOfAnAppIsListedAtOnceAndNothingIsStored() {
        String before = stateOfTheWorld();

        Response response = api.post(APPS, """
                {"name": "Bad_Name", "image": "UPPER/case", "replicas": -1, "port": 70000, "type": "gpu-ish",
                 "resources": {"cpu": "lots", "memory": "1Ki"}, "healthCheck": {"type": "http", "path": "no-slash"}}""");

        assertProblem(response, 422, "fields are invalid");
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("name", "image", "replicas", "port", "type", "resources.cpu", "resources.memory",
                        "healthCheck.path");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void replicasAboveTheConfiguredMaximumAreRejected() {
        Response response = api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":51}");

        assertProblem(response, 422, "between 0 and 50");
    }

    @Test
    void anUnknownFieldIsRejectedNotIgnored() {
        String before = stateOfTheWorld();

        Response response = api.post(APPS,
                "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":1,\"replica\":3}");

        assertProblem(response, 400, "unknown field 'replica'");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertProblem(api.post(APPS, "{\"name\": \"web\", "), 400, "not valid JSON");
    }

    @Test
    void aFieldOfTheWrongTypeIsRefusedWithTheFieldNeverCoerced() {
        String before = stateOfTheWorld();
        String app = "{\"name\":%s,\"image\":\"localhost/wharf/hello:1\",\"replicas\":%s,\"command\":%s}";

        assertWrongType(api.post(APPS, app.formatted("\"web\"", "\"three\"", "[]")), "replicas");
        assertWrongType(api.post(APPS, app.formatted("\"web\"", "\"3\"", "[]")), "replicas");
        assertWrongType(api.post(APPS, app.formatted("\"web\"", "1.5", "[]")), "replicas");
        assertWrongType(api.post(APPS, app.formatted("\"web\"", "true", "[]")), "replicas");
        assertWrongType(api.post(APPS, app.formatted("0", "1", "[]")), "name");
        assertWrongType(api.post(APPS, app.formatted("true", "1", "[]")), "name");
        assertWrongType(api.post(APPS, app.formatted("\"web\"", "1", "[1, 2]")), "command[0]");
        assertWrongType(api.post(SYSTEMS, "{\"name\": 12}"), "name");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    private void assertWrongType(Response response, String field) {
        assertProblem(response, 422, field + " has the wrong type");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupportedSoThatNoFormCanPost() {
        String before = stateOfTheWorld();

        Response form = post("application/x-www-form-urlencoded", "name=x");
        Response text = post("text/plain", "{\"name\":\"x\"}");

        assertProblem(form, 415, "application/json");
        assertProblem(text, 415, "application/json");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    private Response post(String contentType, String body) {
        return RawRequest.exchange(port, "POST " + SYSTEMS + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + "Authorization: Bearer " + OwnHome.adminToken(HOME) + "\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body);
    }

    @Test
    void aBodyOverTheCapIsTooLargeWhetherItsLengthIsDeclaredOrChunked() {
        String before = stateOfTheWorld();
        String big = "{\"name\":\"x\",\"description\":\"" + "a".repeat(1_100_000) + "\"}";

        assertProblem(api.post(SYSTEMS, big), 413, "larger than 1048576 bytes");
        assertProblem(RawRequest.exchange(port, "POST " + SYSTEMS + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\nAuthorization: Bearer " + OwnHome.adminToken(HOME) + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(big.length()) + "\r\n" + big + "\r\n0\r\n\r\n"),
                413, "larger than 1048576 bytes");
        assertThat(stateOfTheWorld()).isEqualTo(before);
    }

    @Test
    void aHostTheServerDoesNotServeIsMisdirectedSoDnsRebindingGetsNothing() {
        String request = "GET " + SYSTEMS + " HTTP/1.1\r\nHost: %s:" + port + "\r\nConnection: close\r\n"
                + "Authorization: Bearer " + OwnHome.adminToken(HOME) + "\r\n\r\n";

        assertProblem(RawRequest.exchange(port, request.formatted("attacker.example")), 421, "allowed-hosts");
        assertThat(RawRequest.exchange(port, request.formatted("localhost")).status()).isEqualTo(200);
        assertThat(RawRequest.exchange(port, request.formatted("127.0.0.1")).status()).isEqualTo(200);
    }


    @Test
    void scalingBelowZeroOrAboveTheMaximumKeepsTheStoredReplicas() {
        assertThat(api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}").status())
                .isEqualTo(201);

        assertProblem(api.put(APPS + "/web/replicas", "{\"replicas\":-1}"), 422, "replicas");
        assertProblem(api.put(APPS + "/web/replicas", "{\"replicas\":1000}"), 422, "replicas");
        assertProblem(api.put(APPS + "/web/replicas", "{}"), 422, "replicas is required");

        assertThat(api.get(APPS + "/web").json().get("replicas").asInt()).isZero();
    }

    @Test
    void aBadCustomDomainIsRejectedAndADomainOfAnotherAppIsAConflict() {
        assertProblem(api.post(APPS, """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0,
                 "domains": ["shop.example.test", "Not A Host"]}"""), 422, "domains[1] must be a lower-case host name");
        assertThat(api.post(APPS, """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0,
                 "domains": ["shop.example.test"]}""").status()).isEqualTo(201);

        assertProblem(api.post(APPS, """
                {"name": "api", "image": "localhost/wharf/hello:1", "replicas": 0,
                 "domains": ["shop.example.test"]}"""), 409, "belongs to app demo/web");
        assertProblem(api.patch(APPS + "/web", "{\"domains\": [\"a\"]}"), 422, "domains[0]");

        assertThat(api.get(APPS).json().valueStream().map(app -> app.get("name").asString())).containsExactly("web");
        assertThat(api.get(APPS + "/web").json().get("domains").get(0).asString()).isEqualTo("shop.example.test");
    }

    @Test
    void anAppListsTheCapabilitiesItAddsFromTheAllowedOnesOnly() {
        String app = "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0,\"capabilities\":%s}";

        assertProblem(api.post(APPS, app.formatted("[\"SYS_ADMIN\"]")), 422, "capabilities[0]");
        assertProblem(api.post(APPS, app.formatted("[\"NET_RAW\"]")), 422, "capabilities[0]");
        assertThat(api.get(APPS).json().size()).isZero();
        assertThat(api.post(APPS, app.formatted("[\"NET_BIND_SERVICE\"]")).status()).isEqualTo(201);
        assertThat(api.get(APPS + "/web").json().get("capabilities").get(0).asString()).isEqualTo("NET_BIND_SERVICE");
    }

    @Test
    void aCustomDomainMayNotShadowAnotherAppsNameNorTheZoneApex() {
        assertThat(api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}")
                .status()).isEqualTo(201);
        String app = "{\"name\":\"evil\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0,\"domains\":[\"%s\"]}";

        assertProblem(api.post(APPS, app.formatted("web.demo.wharf.localhost")), 409, "is the name of app demo/web");
        assertProblem(api.post(APPS, app.formatted("wharf.localhost")), 409, "apex");
        assertProblem(api.post(APPS, app.formatted("later.demo.wharf.localhost")), 422, "inside Wharf's zone");
        assertProblem(api.patch(APPS + "/web", "{\"domains\": [\"wharf.localhost\"]}"), 409, "apex");

        assertThat(api.get(APPS).json().valueStream().map(a -> a.get("name").asString())).containsExactly("web");
        assertThat(api.get(APPS + "/web").json().get("domains").size()).isZero();
    }

    @Test
    void aBadBalancingOrTcpPortIsRejectedAndAPortOfAnotherAppIsAConflict() {
        Response bad = api.post(APPS, """
                {"name": "db", "image": "localhost/wharf/hello:1", "replicas": 0,
                 "balancing": "random", "expose": {"tcp": 80}}""");
        assertProblem(bad, 422, "2 fields are invalid");
        assertThat(bad.json().get("errors").toString()).contains("round-robin, least-connections")
                .contains("must be a port between 1024 and 65535, was 80");
        assertProblem(api.post(APPS, """
                {"name": "db", "image": "localhost/wharf/hello:1", "replicas": 0, "expose": {"tcp": 7070}}"""),
                422, "one of Wharf's own ports");
        assertThat(api.post(APPS, """
                {"name": "db", "image": "localhost/wharf/hello:1", "replicas": 0, "expose": {"tcp": 25432}}""")
                .status()).isEqualTo(201);

        assertProblem(api.post(APPS, """
                {"name": "other", "image": "localhost/wharf/hello:1", "replicas": 0, "expose": {"tcp": 25432}}"""),
                409, "gateway TCP port 25432 belongs to app demo/db");
        assertProblem(api.patch(APPS + "/db", "{\"expose\": {\"tcp\": 70000}}"), 422, "expose.tcp");

        assertThat(api.get(APPS).json().valueStream().map(app -> app.get("name").asString())).containsExactly("db");
        assertThat(api.get(APPS + "/db").json().get("expose").get("tcp").asInt()).isEqualTo(25432);
        assertThat(api.get(APPS + "/db").json().get("balancing").asString()).isEqualTo("round-robin");
    }

    @Test
    void aReleaseWithABadStrategyListsEveryBadFieldAndChangesNothing() {
        assertThat(api.post(APPS, """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0}""").status()).isEqualTo(201);
        String before = api.get(APPS + "/web/releases").body();

        Response bad = api.post(APPS + "/web/releases", """
                {"image": "localhost/wharf/hello:2",
                 "strategy": {"type": "canary", "steps": [50, 10], "maxSurge": "lots", "progressDeadlineSeconds": 0}}""");

        assertProblem(bad, 422, "fields are invalid");
        assertThat(bad.json().get("errors").toString()).contains("strategy.steps[1]").contains("strategy.maxSurge")
                .contains("strategy.progressDeadlineSeconds");
        assertProblem(api.post(APPS + "/web/releases", "{\"strategy\": {\"type\": \"big-bang\"}}"), 422,
                "strategy.type 'big-bang' is unknown");
        assertProblem(api.post(APPS + "/web/releases", "{\"image\": \"x:1\", \"from\": \"demo\"}"), 422, "from");
        assertProblem(api.post(APPS + "/web/releases", "{\"imagee\": \"x:1\"}"), 400, "unknown field 'imagee'");
        assertProblem(api.post(APPS + "/web/releases", "{\"image\": \"localhost/wharf/hello:1\"}"), 409,
                "nothing to release");
        assertThat(api.get(APPS + "/web/releases").body()).isEqualTo(before);
        assertThat(api.get(APPS + "/web").json().get("revision").asLong()).isEqualTo(1);
    }

    @Test
    void rollingBackToARevisionThatDoesNotExistIsNotFoundAndPromotingARollingUpdateIsAConflict() {
        assertThat(api.post(APPS, """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0}""").status()).isEqualTo(201);

        assertProblem(api.post(APPS + "/web/rollback", "{\"revision\": 9}"), 404, "revision 9 of app demo/web");
        assertProblem(api.post(APPS + "/web/rollback", "{\"revision\": 0}"), 422, "revision must be at least 1");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(APPS + "/web/rollout").status() == 200);
        assertProblem(api.post(APPS + "/web/rollout/promote", ""), 409, "only canary rollouts are promoted");
        assertProblem(api.post(APPS + "/web/rollout/jump", ""), 404, "");
        assertThat(api.get(APPS + "/web/releases").json().size()).isEqualTo(1);
    }

    @Test
    void configFilesGivenAtCreationAreCheckedLikeAnyOther() {
        Response bad = api.post(APPS, """
                {"name": "web", "image": "localhost/wharf/hello:1", "replicas": 0,
                 "configs": [{"path": "relative/app.conf", "content": "a"}]}""");

        assertProblem(bad, 422, "fields are invalid");
        assertThat(bad.json().get("errors").toString()).contains("configs[0].name").contains("configs[0].path");
        assertThat(api.get(APPS).json().size()).isZero();
    }

    @Test
    void creatingWhatExistsIsAConflict() {
        assertProblem(api.post(SYSTEMS, "{\"name\":\"demo\"}"), 409, "demo");
    }

    @Test
    void aSystemWithAppsIsNotDeletedWithoutCascade() {
        api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}");

        assertProblem(api.delete(SYSTEMS + "/demo"), 409, "cascade=true");
        assertThat(api.get(SYSTEMS + "/demo").status()).isEqualTo(200);
        assertThat(api.delete(SYSTEMS + "/demo?cascade=true").status()).isEqualTo(204);
        assertThat(api.get(SYSTEMS + "/demo").status()).isEqualTo(404);
    }

    @Test
    void unknownThingsAreNotFound() {
        assertProblem(api.get(SYSTEMS + "/nope"), 404, "system nope");
        assertProblem(api.get(APPS + "/nope"), 404, "app demo/nope");
        assertProblem(api.get("/api/v1/systems/nope/apps/x/instances"), 404, "system nope");
    }

    @Test
    void aPatchThatRenamesTheAppIsRejected() {
        api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}");

        assertProblem(api.patch(APPS + "/web", "{\"name\":\"other\"}"), 422, "name");
        assertThat(api.get(APPS + "/web").status()).isEqualTo(200);
    }

    @Test
    void aFileUrlAsABuildSourceIsRefusedBecauseItWouldReadTheServersOwnDisk() {
        api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}");

        assertProblem(api.put(APPS + "/web/source", "{\"url\":\"file:///etc/wharf.git\",\"ref\":\"main\"}"), 422,
                "WHARF_BUILDS_ALLOW_FILE_URLS");
        assertProblem(api.post(APPS + "/web/builds", "{\"git\":{\"url\":\"FILE:///etc/wharf.git\",\"ref\":\"main\"}}"),
                422, "file:// URLs are turned off");
        assertProblem(api.put(APPS + "/web/source", "{\"url\":\"file:srv/web.git\",\"ref\":\"main\"}"), 422,
                "file:// URLs are turned off");
        assertThat(api.get(APPS + "/web/source").status()).isEqualTo(404);
        assertThat(api.get(APPS + "/web/builds").json()).isEmpty();
    }

    @Test
    void aFileUrlStoredWhileTheServerAllowedThemIsNotBuiltOnceItNoLongerDoes() {
        api.post(APPS, "{\"name\":\"web\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}");
        sourceRows.put(new AppKey("demo", "web"), new StoredSource("file:///srv/web.git", "main", "Dockerfile", ".",
                null, null, false, null, Instant.now()));

        assertProblem(api.post(APPS + "/web/builds", "{}"), 409, "file:///srv/web.git");
        assertThat(api.get(APPS + "/web/builds").json()).isEmpty();
        assertThat(api.get(APPS + "/web/source").json().get("url").asString()).isEqualTo("file:///srv/web.git");
    }
}
