package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UserAndTokenCommandsTest {
    private static final String USERS = "/api/v1/users";
    private static final String SECRET = "wharf_Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5";
    private static final String CREATED_TOKEN = """
            {"id":"t-7","name":"laptop","token":"%s","createdAt":"2026-11-26T10:00:00Z",
             "expiresAt":"2027-02-24T10:00:00Z"}""".formatted(SECRET);
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void userCreateSendsTheNameAndSaysWhatWasCreated() {
        server.on("POST " + USERS, 201, "{\"name\":\"alice\",\"createdAt\":\"2026-11-26T10:00:00Z\"}");

        Result result = Cli.against(server, "user", "create", "alice");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("user/alice created\n");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"name\":\"alice\"}"));
    }

    @Test
    void userListShowsEachUserAndWhenItWasCreated() {
        server.on("GET " + USERS, 200, """
                [{"name":"alice","createdAt":"2026-11-26T10:00:00.123Z"},{"name":"bob","createdAt":"2026-11-27T08:00:00Z"}]""");

        assertThat(Cli.against(server, "user", "list").out()).isEqualTo("""
                NAME    CREATED
                alice   2026-11-26T10:00:00Z
                bob     2026-11-27T08:00:00Z
                """);
    }

    @Test
    void userDeleteSaysTheTokensAreRevokedAndAnExistingNameIsARefusal() {
        server.on("DELETE " + USERS + "/alice", 204, "");
        server.on("POST " + USERS, 409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"user bob exists\"}");

        Result deleted = Cli.against(server, "user", "delete", "alice");
        Result exists = Cli.against(server, "user", "create", "bob");

        assertThat(deleted.out()).isEqualTo("user/alice deleted (its tokens revoked, its roles removed)\n");
        assertThat(exists.code()).isEqualTo(1);
        assertThat(exists.err()).isEqualTo("error: Conflict: user bob exists\n");
    }

    @Test
    void tokenCreatePrintsTheTokenOnceWithAWarningThatItIsNotShownAgain() {
        server.on("POST " + USERS + "/alice/tokens", 201, CREATED_TOKEN);

        Result result = Cli.against(server, "token", "create", "alice", "--name", "laptop", "--expires-in-days", "30");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                token t-7 (laptop) of user/alice created; it expires at 2027-02-24T10:00:00Z
                %s
                Store it now: it is not shown again (log in with it: wharf login --token-stdin).
                """.formatted(SECRET));
        assertThat(Json.read(server.onlyRequest().body()))
                .isEqualTo(Json.read("{\"name\":\"laptop\",\"expiresInDays\":30}"));
    }

    @Test
    void tokenCreateLeavesTheExpiryToTheServerWhenNotGiven() {
        server.on("POST " + USERS + "/alice/tokens", 201, CREATED_TOKEN);

        Result json = Cli.against(server, "token", "create", "alice", "-o", "json");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"name\":\"default\"}"));
        assertThat(Json.read(json.out())).isEqualTo(Json.read(CREATED_TOKEN));
    }

    @Test
    void tokenListShowsWhetherEachTokenIsActiveExpiredOrRevokedButNeverATokenItself() {
        Instant future = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        server.on("GET " + USERS + "/alice/tokens", 200, """
                [{"id":"t-7","name":"laptop","createdAt":"2026-01-01T00:00:00Z","expiresAt":"%s","revoked":false},
                 {"id":"t-3","name":"old","createdAt":"2025-01-01T00:00:00Z","expiresAt":"2025-04-01T00:00:00Z","revoked":false},
                 {"id":"t-2","name":"ci","createdAt":"2025-01-01T00:00:00Z","expiresAt":"%s","revoked":true}]"""
                .formatted(future, future));

        assertThat(Cli.against(server, "token", "list", "alice").out()).isEqualTo("""
                ID    NAME     STATE     CREATED                EXPIRES
                t-7   laptop   active    2026-01-01T00:00:00Z   %s
                t-3   old      expired   2025-01-01T00:00:00Z   2025-04-01T00:00:00Z
                t-2   ci       revoked   2025-01-01T00:00:00Z   %s
                """.formatted(future, future));
    }

    @Test
    void tokenRevokeDeletesTheTokenById() {
        server.on("DELETE " + USERS + "/alice/tokens/t-7", 204, "");

        Result result = Cli.against(server, "token", "revoke", "alice", "t-7");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("token t-7 of user/alice revoked\n");
        assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
    }

    @Test
    void aUserWithoutTheAdminRoleIsToldItsTokenMayNotDoThis() {
        server.on("POST " + USERS, 403, "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"admin only\"}");

        Result result = Cli.against(server, "user", "create", "carol");

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).contains("error: Forbidden: admin only", "was accepted, but its user may not do this");
    }
}
