package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberAndQuotaCommandsTest {
    private static final String DEMO = "/api/v1/systems/demo";
    private static final String QUOTA = """
            {"limit":{"instances":10,"cpu":"4","memory":"8Gi","gpu":null},
             "used":{"instances":7,"cpu":"3500m","memory":"6Gi","gpu":0}}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void memberSetPutsTheRoleInLowerCase() {
        server.on("PUT " + DEMO + "/members/alice", 200, "{\"user\":\"alice\",\"role\":\"developer\"}");

        Result result = Cli.against(server, "member", "set", "demo", "alice", "Developer");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("user/alice is developer of system/demo\n");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"role\":\"developer\"}"));
    }

    @Test
    void anUnknownRoleIsAUsageErrorThatListsTheRolesAndSendsNothing() {
        Result result = Cli.against(server, "member", "set", "demo", "alice", "admin");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("owner", "developer", "viewer");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void memberListShowsEachUsersRole() {
        server.on("GET " + DEMO + "/members", 200, """
                [{"user":"alice","role":"owner"},{"user":"bob","role":"viewer"}]""");
        server.on("GET /api/v1/systems/empty/members", 200, "[]");

        assertThat(Cli.against(server, "member", "list", "demo").out()).isEqualTo("""
                USER    ROLE
                alice   owner
                bob     viewer
                """);
        assertThat(Cli.against(server, "member", "list", "empty").out()).isEqualTo("No members in system empty.\n");
    }

    @Test
    void memberRemoveDeletesTheMembership() {
        server.on("DELETE " + DEMO + "/members/bob", 204, "");

        Result result = Cli.against(server, "member", "remove", "demo", "bob");

        assertThat(result.out()).isEqualTo("user/bob removed from system/demo\n");
        assertThat(server.onlyRequest().path()).isEqualTo(DEMO + "/members/bob");
    }

    @Test
    void quotaSetSendsOnlyTheLimitsGivenAndShowsUsedAgainstLimit() {
        server.on("PUT " + DEMO + "/quota", 200, QUOTA);

        Result result = Cli.against(server, "quota", "set", "demo", "--instances", "10", "--cpu", "4",
                "--memory", "8Gi");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body()))
                .isEqualTo(Json.read("{\"instances\":10,\"cpu\":\"4\",\"memory\":\"8Gi\"}"));
        assertThat(result.out()).isEqualTo("""
                quota of system/demo set
                RESOURCE    USED    LIMIT
                instances   7       10
                cpu         3500m   4
                memory      6Gi     8Gi
                gpu         0       unlimited
                """);
    }

    @Test
    void quotaSetWithoutAnyLimitIsAUsageErrorThatPointsAtDelete() {
        Result result = Cli.against(server, "quota", "set", "demo");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("wharf quota delete demo");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void quotaGetOfASystemWithoutQuotaShowsEveryResourceUnlimited() {
        server.on("GET " + DEMO + "/quota", 200, """
                {"limit":{"instances":null,"cpu":null,"memory":null,"gpu":null},
                 "used":{"instances":2,"cpu":"1","memory":"512Mi","gpu":0}}""");

        assertThat(Cli.against(server, "quota", "get", "demo").out()).isEqualTo("""
                RESOURCE    USED    LIMIT
                instances   2       unlimited
                cpu         1       unlimited
                memory      512Mi   unlimited
                gpu         0       unlimited
                """);
    }

    @Test
    void quotaGetAsJsonIsTheServersAnswerAndDeleteRemovesTheQuota() {
        server.on("GET " + DEMO + "/quota", 200, QUOTA);
        server.on("DELETE " + DEMO + "/quota", 204, "");

        Result json = Cli.against(server, "quota", "get", "demo", "-o", "json");
        Result deleted = Cli.against(server, "quota", "delete", "demo");

        assertThat(Json.read(json.out())).isEqualTo(Json.read(QUOTA));
        assertThat(deleted.out()).isEqualTo("quota of system/demo deleted (no limits)\n");
    }

    @Test
    void anOverQuotaRefusalSaysWhatIsLeft() {
        server.on("PUT " + DEMO + "/apps/hello/replicas", 422, """
                {"title":"Invalid request","status":422,"detail":"over quota",
                 "errors":[{"field":"replicas","message":"quota: 3 of 10 instances left"}]}""");

        Result result = Cli.against(server, "app", "scale", "demo/hello", "20");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("  - replicas: quota: 3 of 10 instances left");
    }
}
