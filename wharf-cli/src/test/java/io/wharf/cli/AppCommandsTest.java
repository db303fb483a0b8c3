package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppCommandsTest {
    private static final String HELLO = "/api/v1/systems/demo/apps/hello";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listShowsReadyOutOfWantedPhaseRevisionAndMessageInAlignedColumns() {
        server.on("GET /api/v1/systems/demo/apps", 200, "[" + Samples.hello(3, 3, "Available") + ","
                + Samples.app("web-frontend", 2, 1, "Degraded", "1/2 instances ready; instance web-1 exited") + "]");

        Result result = Cli.against(server, "app", "list", "demo");

        assertThat(result.out()).isEqualTo("""
                NAME           IMAGE                     READY   PHASE       REVISION   MESSAGE
                hello          localhost/wharf/hello:1   3/3     Available   2          3/3 instances ready
                web-frontend   localhost/wharf/hello:1   1/2     Degraded    2          1/2 instances ready; instance web-1 exited
                """);
    }

    @Test
    void listOfASystemWithoutAppsSaysSo() {
        server.on("GET /api/v1/systems/demo/apps", 200, "[]");

        assertThat(Cli.against(server, "app", "list", "demo").out()).isEqualTo("No apps in system demo.\n");
    }

    @Test
    void getShowsTheDesiredStateAndTheStatus() {
        server.on("GET " + HELLO, 200, """
                {"system":"demo","name":"hello","image":"localhost/wharf/hello:1","replicas":3,"port":8080,
                 "type":"online","command":["sh","-c","httpd"],"env":{"A":"1","B":"2"},
                 "resources":{"cpu":"500m","memory":null},
                 "healthCheck":{"type":"http","path":"/healthz","port":null,"periodSeconds":10,"timeoutSeconds":1,
                                "failureThreshold":3},
                 "revision":4,"createdAt":"2026-11-26T06:53:37.5Z","updatedAt":"2026-11-26T07:00:00Z",
                 "status":{"phase":"Available","replicas":3,"readyReplicas":3,"message":"3/3 instances ready"}}""");

        Result result = Cli.against(server, "app", "get", "demo/hello");

        assertThat(result.out()).isEqualTo("""
                Name:          demo/hello
                Image:         localhost/wharf/hello:1
                Type:          online
                Ready:         3/3
                Phase:         Available
                Message:       3/3 instances ready
                Revision:      4
                Port:          8080
                Command:       sh -c httpd
                Env:           A=1, B=2
                Domains:       -
                CPU:           500m
                Memory:        -
                Health check:  http /healthz, every 10s, timeout 1s, failing after 3
                Created:       2026-11-26T06:53:37Z
                Updated:       2026-11-26T07:00:00Z
                """);
    }

    @Test
    void scalePutsTheNewCountAndSaysWhatItDid() {
        server.on("PUT " + HELLO + "/replicas", 200, Samples.hello(5, 3, "Progressing"));

        Result result = Cli.against(server, "app", "scale", "demo/hello", "5");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("app demo/hello scaled to 5\n");
        FakeServer.Request request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("PUT");
        assertThat(Json.read(request.body())).isEqualTo(Json.read("{\"replicas\":5}"));
    }

    @Test
    void scaleToANumberThatIsNotOneIsAUsageError() {
        Result result = Cli.against(server, "app", "scale", "demo/hello", "many");

        assertThat(result.code()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void deleteDeletesTheAppAndSaysSo() {
        server.on("DELETE " + HELLO, 204, null);

        Result result = Cli.against(server, "app", "delete", "demo/hello");

        assertThat(result.out()).isEqualTo("app demo/hello deleted\n");
        assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
    }

    @Test
    void renderPrintsTheServersYamlAsItIs() {
        String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n---\napiVersion: apps/v1\n";
        server.on("GET " + HELLO + "/manifests", 200, "application/yaml", yaml);

        Result result = Cli.against(server, "app", "render", "demo/hello");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(yaml);
    }

    @Test
    void renderForAClusterAsksForWhatIsAppliedThere() {
        server.on("GET " + HELLO + "/manifests?cluster=idc-b", 200, "application/yaml", "kind: Deployment\n");

        Result result = Cli.against(server, "app", "render", "demo/hello", "--cluster", "idc-b");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("kind: Deployment\n");
    }
}
