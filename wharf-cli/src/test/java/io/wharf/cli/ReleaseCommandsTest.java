package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReleaseCommandsTest {
    private static final String APP = "/api/v1/systems/demo/apps/hello";
    private static final String RELEASE_2 = """
            {"revision":2,"image":"x:2","summary":"image x:1 → x:2","author":"admin","strategy":{"type":"canary"}}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void deploySendsOnlyWhatChangesAndHowToRollItOut() {
        server.on("POST " + APP + "/releases", 201, RELEASE_2);

        Result result = Cli.against(server, "deploy", "demo/hello", "--image", "x:2", "--strategy", "canary",
                "--steps", "10,50");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("revision 2 of demo/hello released: image x:1 → x:2\n");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read(
                "{\"image\":\"x:2\",\"strategy\":{\"type\":\"canary\",\"steps\":[10,50]}}"));
    }

    @Test
    void deployFromAnotherSystemPromotesItsRelease() {
        server.on("POST " + APP + "/releases", 201, RELEASE_2);

        Cli.against(server, "deploy", "demo/hello", "--from", "demo-test");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"from\":\"demo-test\"}"));
    }

    @Test
    void deployWithWaitFollowsTheRolloutAndFailsWhenTheReleaseWasRolledBack() {
        server.on("POST " + APP + "/releases", 201, RELEASE_2);
        server.on("GET " + APP + "/rollout", 200, "{\"revision\":2,\"phase\":\"Progressing\",\"message\":\"1/3 ready\"}");
        server.on("GET " + APP + "/rollout", 200, "{\"revision\":3,\"phase\":\"RolledBack\",\"restores\":1,"
                + "\"message\":\"revision 3 restored revision 1 on 3 instances\"}");

        Result result = Cli.against(server, "deploy", "demo/hello", "--image", "x:2", "--wait", "--timeout", "10s");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("Phase:", "RolledBack", "revision 3 restored revision 1");
    }

    @Test
    void rollbackSendsTheRevisionAndWaitsForTheRollbackToEnd() {
        server.on("POST " + APP + "/rollback", 201, "{\"revision\":4,\"summary\":\"restores revision 1: image\"}");
        server.on("GET " + APP + "/rollout", 200, "{\"revision\":4,\"phase\":\"RolledBack\",\"message\":\"done\"}");

        Result result = Cli.against(server, "rollback", "demo/hello", "--revision", "1", "--wait");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.requests().get(0).body())).isEqualTo(Json.read("{\"revision\":1}"));
        assertThat(result.out()).startsWith("revision 4 of demo/hello released: restores revision 1");
    }

    @Test
    void releasesAreListedNewestFirstWithWhoAndWhatChanged() {
        server.on("GET " + APP + "/releases", 200, """
                [{"revision":2,"createdAt":"2026-11-26T10:00:00Z","author":"admin","strategy":{"type":"rolling"},
                  "image":"x:2","summary":"image x:1 → x:2"},
                 {"revision":1,"createdAt":"2026-11-26T09:00:00Z","author":"admin","strategy":{"type":"rolling"},
                  "image":"x:1","summary":"first release: x:1"}]""");

        Result result = Cli.against(server, "releases", "demo/hello");

        assertThat(result.out().lines().toList()).hasSize(3);
        assertThat(result.out().lines().toList().get(0)).contains("REVISION", "AUTHOR", "STRATEGY", "SUMMARY");
        assertThat(result.out().lines().toList().get(1)).contains("2", "admin", "rolling", "x:2", "image x:1 → x:2");
    }

    @Test
    void promotingARolloutThatIsNoCanaryShowsTheServersReason() {
        server.on("POST " + APP + "/rollout/promote", 409, """
                {"title":"Conflict","status":409,"detail":"cannot do that to the rollout of revision 2 (Progressing): only canary rollouts are promoted"}""");

        Result result = Cli.against(server, "rollout", "promote", "demo/hello");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("only canary rollouts are promoted");
    }

    @Test
    void rolloutStatusShowsThePhaseAndTheCanaryStep() {
        server.on("GET " + APP + "/rollout", 200, """
                {"revision":2,"phase":"Progressing","step":0,"message":"step 1 of 2: 10% of traffic on revision 2;
                 waiting for promote","fromRevision":1}""".replace("\n", ""));

        Result result = Cli.against(server, "rollout", "status", "demo/hello");

        assertThat(result.out()).contains("Phase:", "Progressing", "Canary step:", "waiting for promote", "Replaces:");
    }
}
