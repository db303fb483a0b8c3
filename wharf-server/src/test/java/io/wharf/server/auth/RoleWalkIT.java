package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.wharf.server.ApiClient;
import io.wharf.server.OwnHome;
import io.wharf.server.members.Role;
import io.wharf.testkit.Homes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of /api/v1/openapi.json, called by six callers against systems alpha and beta, is
 * answered as the role table says: allowed, 403, or 404 as if the system did not exist. Along the way:
 * no answer holds a secret's value, every call lands in the audit trail, and no token is logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class RoleWalkIT {
    private static final Path HOME = Homes.create("role-walk");
    private static final String SECRET = "pl41n-s3cret-" + Long.toHexString(System.nanoTime());
    private static final Map<String, String> BODIES = Map.ofEntries(
            Map.entry("POST /api/v1/systems", "{\"name\":\"probe\"}"),
            Map.entry("POST /api/v1/systems/{system}/apps", "{\"name\":\"probe\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":0}"),
            Map.entry("PUT /api/v1/systems/{system}/apps/{app}/replicas", "{\"replicas\":0}"),
            Map.entry("PATCH /api/v1/systems/{system}/apps/{app}", "{\"balancing\":\"least-connections\"}"),
            Map.entry("PUT /api/v1/systems/{system}/apps/{app}/configs/{name}", "{\"path\":\"/etc/app.conf\",\"content\":\"b\"}"),
            Map.entry("PUT /api/v1/systems/{system}/apps/{app}/secrets/{name}", "{\"value\":\"other\"}"),
            Map.entry("POST /api/v1/systems/{system}/apps/{app}/releases", "{\"image\":\"localhost/wharf/hello:2\"}"),
            Map.entry("POST /api/v1/systems/{system}/apps/{app}/instances/{instance}/exec", "{\"command\":[\"true\"]}"),
            Map.entry("POST /api/v1/users", "{\"name\":\"probe\"}"),
            Map.entry("POST /api/v1/users/{user}/tokens", "{\"name\":\"probe\"}"),
            Map.entry("PUT /api/v1/systems/{system}/members/{user}", "{\"role\":\"viewer\"}"),
            Map.entry("PUT /api/v1/systems/{system}/quota", "{\"instances\":100}"),
            Map.entry("POST /api/v1/clusters", "{\"name\":\"probe\",\"kind\":\"kubernetes\",\"kubeconfig\":\"x\"}"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
    }

    record Call(String caller, String method, String path, int status) {
    }

    @Test
    void everyOperationAnswersEachCallerAsTheRoleTableSays(CapturedOutput output) throws IOException {
        Instant start = Instant.now();
        String adminToken = OwnHome.adminToken(HOME);
        ApiClient admin = new ApiClient("http://127.0.0.1:" + port, adminToken);
        Fixture fixture = new Fixture(admin, SECRET);
        fixture.ensure();
        Map<String, String> tokens = Callers6.create(admin, adminToken);
        Callers6.grant(admin);
        List<String> wrong = new ArrayList<>();
        List<Call> calls = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        List<String[]> operations = operations(admin);

        for (String[] op : operations) {
            String method = op[0];
            String template = op[1];
            Optional<OperationRoles.Match> row = OperationRoles.match(method, Fixture.fill(template, Callers6.ALPHA));
            if (row.isEmpty() || !row.get().row().pattern().equals(template)) {
                wrong.add(method + " " + template + ": no row in OperationRoles");
                continue;
            }
            covered.add(method + " " + template);
            Need need = row.get().row().need();
            List<String> systems = template.contains("{system}") ? List.of(Callers6.ALPHA, Callers6.BETA) : List.of("");
            for (String system : systems) {
                String path = Fixture.fill(template, system);
                for (Map.Entry<String, String> caller : tokens.entrySet()) {
                    fixture.ensure();
                    Callers6.grant(admin);
                    String body = method.equals("GET") || method.equals("DELETE") ? null
                            : BODIES.getOrDefault(method + " " + template, "{}");
                    ApiClient.Response answer = admin.send(method, path, body, caller.getValue());
                    Call call = new Call(caller.getKey(), method, path, answer.status());
                    calls.add(call);
                    if (calls.size() % 20 == 0) {
                        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50))
                                .until(() -> isAmongTheLatestAuditEntries(admin, call));
                    }
                    String expected = expect(need, caller.getKey(), system);
                    if (!matches(expected, answer, system)) {
                        wrong.add(caller.getKey() + " " + method + " " + path + ": expected " + expected + ", got "
                                + answer.status() + " " + answer.body());
                    }
                    if (answer.body().contains(SECRET)) {
                        wrong.add(caller.getKey() + " " + method + " " + path + ": the answer holds a secret's value");
                    }
                }
            }
        }

        assertThat(operations).hasSizeGreaterThan(45);
        assertThat(covered).hasSize(operations.size());
        assertThat(wrong).isEmpty();
        assertThat(missingFromTheAuditTrail(admin, calls, start)).isEmpty();
        tokens.forEach((caller, token) -> assertThat(output.getAll()).as("the log holds %s's token", caller)
                .doesNotContain(token));
    }

    @Test
    void aDomainOrPortTakenInASystemTheCallerCannotSeeIsRefusedWithoutNamingIt() {
        ApiClient admin = OwnHome.admin(port, HOME);
        new Fixture(admin, SECRET).ensure();
        Map<String, String> tokens = Callers6.create(admin, OwnHome.adminToken(HOME));
        Callers6.grant(admin);
        admin.patch("/api/v1/systems/beta/apps/hello", "{\"domains\": [\"pay.example.test\"], \"expose\": {\"tcp\": 31999}}");

        ApiClient.Response domain = admin.send("PATCH", "/api/v1/systems/alpha/apps/hello",
                "{\"domains\": [\"pay.example.test\"]}", tokens.get("dev-a"));
        ApiClient.Response port = admin.send("PATCH", "/api/v1/systems/alpha/apps/hello",
                "{\"expose\": {\"tcp\": 31999}}", tokens.get("dev-a"));

        assertThat(domain.status()).isEqualTo(409);
        assertThat(port.status()).isEqualTo(409);
        assertThat(domain.body() + port.body()).doesNotContain("beta").contains("a system you cannot see");
        assertThat(admin.patch("/api/v1/systems/alpha/apps/hello", "{\"domains\": [\"pay.example.test\"]}").body())
                .contains("beta/hello");
        admin.patch("/api/v1/systems/beta/apps/hello", "{\"domains\": [], \"expose\": {}}");
    }

    @Test
    void anImageInWharfsRegistryUnderASystemTheCallerCannotSeeIsRefused() {
        ApiClient admin = OwnHome.admin(port, HOME);
        new Fixture(admin, SECRET).ensure();
        Map<String, String> tokens = Callers6.create(admin, OwnHome.adminToken(HOME));
        Callers6.grant(admin);

        ApiClient.Response release = admin.send("POST", "/api/v1/systems/alpha/apps/hello/releases",
                "{\"image\": \"127.0.0.1:7050/beta/hello:1\"}", tokens.get("dev-a"));

        assertThat(release.status()).as(release.body()).isEqualTo(422);
        assertThat(release.body()).contains("another system's name").doesNotContain("beta");
    }

    @Test
    void theAuditTrailCannotBeChangedOrEmptiedBySql() {
        new ApiClient("http://127.0.0.1:" + port, "not-a-token").get("/api/v1/systems");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log").query(Long.class).single()).isPositive();

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_log SET status = 200").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_log").update()).hasMessageContaining("append-only");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE status = 401").query(Long.class).single()).isPositive();
    }

    /**
     * ALLOW, 403 or HIDDEN (404 as for a system nobody has), 401 for the revoked token, or PUBLIC for an
     * operation that proves its caller otherwise (a webhook's signature: 401 is its own answer).
     */
    private static String expect(Need need, String caller, String system) {
        if (caller.equals("revoked")) {
            return "401";
        }
        if (need == Need.PUBLIC) {
            return "PUBLIC";
        }
        if (caller.equals("admin") || need == Need.ANY) {
            return "ALLOW";
        }
        if (need == Need.ADMIN || need == Need.METRICS) {
            return "403";
        }
        String role = Callers6.role(caller, system);
        if (role == null) {
            return "HIDDEN";
        }
        return need.role() != null && Role.parse(role).orElseThrow().atLeast(need.role()) ? "ALLOW" : "403";
    }

    private static boolean matches(String expected, ApiClient.Response answer, String system) {
        boolean hidden = answer.status() == 404 && answer.json().path("detail").asString("")
                .equals("system " + system + " does not exist");
        return switch (expected) {
            case "401" -> answer.status() == 401;
            case "403" -> answer.status() == 403;
            case "HIDDEN" -> hidden;
            case "PUBLIC" -> answer.status() != 403 && !hidden && answer.status() < 500;
            default -> answer.status() != 401 && answer.status() != 403 && !hidden && answer.status() < 500;
        };
    }

    private static List<String[]> operations(ApiClient admin) {
        JsonNode doc = admin.get("/api/v1/openapi.json").json();
        List<String[]> operations = new ArrayList<>();
        doc.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(method -> {
            if (!path.getKey().equals("/api/v1/health")) {
                operations.add(new String[] {method.toUpperCase(Locale.ROOT), path.getKey()});
            }
        }));
        return operations;
    }

    private static String actor(Call call) {
        return call.caller().equals("revoked") ? "anonymous" : call.caller();
    }

    private static boolean isAmongTheLatestAuditEntries(ApiClient admin, Call call) {
        JsonNode entries = admin.get("/api/v1/audit?limit=5&actor=" + actor(call)).json().get("entries");
        return entries.valueStream().anyMatch(e -> e.get("method").asString().equals(call.method())
                && e.get("path").asString().equals(call.path()) && e.get("status").asInt() == call.status());
    }

    private static List<Call> missingFromTheAuditTrail(ApiClient admin, List<Call> calls, Instant since) {
        Set<String> audited = new HashSet<>();
        Long before = null;
        do {
            JsonNode page = admin.get("/api/v1/audit?limit=1000&since=" + since + (before == null ? "" : "&before=" + before))
                    .json();
            page.get("entries").forEach(e -> audited.add(e.get("actor").asString() + " " + e.get("method").asString() + " "
                    + e.get("path").asString() + " " + e.get("status").asInt()));
            before = page.get("next").isNull() ? null : page.get("next").asLong();
        } while (before != null);
        return calls.stream().filter(c -> !audited.contains(actor(c) + " " + c.method() + " " + c.path().split("\\?")[0] + " " + c.status())).toList();
    }
}
