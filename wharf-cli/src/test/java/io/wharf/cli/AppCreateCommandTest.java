package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppCreateCommandTest {
    private static final String APPS = "POST /api/v1/systems/demo/apps";
    private final FakeServer server = new FakeServer().on(APPS, 201, Samples.hello(1, 0, "Progressing"));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyOptionBecomesItsFieldOfTheRequestAndTheCommandFollowsTheDoubleDash() {
        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "localhost/wharf/hello:1",
                "--replicas", "3", "--port", "8080", "--type", "batch", "--env", "GREETING=hi there", "--env", "A=b=c",
                "--domain", "shop.example.test", "--domain", "www.shop.example.test", "--cpu", "500m", "--memory", "256Mi", "--health-http", "/healthz", "--health-port", "8081",
                "--health-period", "2", "--health-timeout", "3", "--health-failures", "4",
                "--", "sh", "-c", "echo $HOME; --not-an-option");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("app demo/hello created\n");
        FakeServer.Request request = server.onlyRequest();
        assertThat(request.method() + " " + request.path()).isEqualTo(APPS);
        assertThat(request.authorization()).isEqualTo("Bearer t0ken");
        assertThat(Json.read(request.body())).isEqualTo(Json.read("""
                {"name": "hello", "image": "localhost/wharf/hello:1", "replicas": 3, "port": 8080, "type": "batch",
                 "command": ["sh", "-c", "echo $HOME; --not-an-option"],
                 "env": {"GREETING": "hi there", "A": "b=c"},
                 "domains": ["shop.example.test", "www.shop.example.test"],
                 "resources": {"cpu": "500m", "memory": "256Mi"},
                 "healthCheck": {"type": "http", "path": "/healthz", "port": 8081, "periodSeconds": 2,
                                 "timeoutSeconds": 3, "failureThreshold": 4}}"""));
    }

    @Test
    void withOnlyTheImageItAsksForOneReplicaAndLeavesEverythingElseToTheServer() {
        Cli.against(server, "app", "create", "demo/hello", "--image", "localhost/wharf/hello:1");

        assertThat(Json.read(server.onlyRequest().body()))
                .isEqualTo(Json.read("{\"name\":\"hello\",\"image\":\"localhost/wharf/hello:1\",\"replicas\":1}"));
    }

    @Test
    void placeCountsPerClusterAndAutoscaleAndGpusBecomeTheirFieldsWithoutAReplicaCount() {
        Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--place", "idc-a=3", "--place", "idc-b=2",
                "--autoscale-min", "2", "--autoscale-max", "10", "--autoscale-cpu-percent", "70", "--gpu", "1");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"name": "hello", "image": "i", "placement": {"clusters": {"idc-a": 3, "idc-b": 2}},
                 "autoscale": {"min": 2, "max": 10, "cpuPercent": 70}, "resources": {"gpu": 1}}"""));
    }

    @Test
    void aSelectorTakesTheReplicasIntoThePlacement() {
        Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--selector", "idc=bj-1", "--replicas", "4");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"name": "hello", "image": "i", "placement": {"selector": {"idc": "bj-1"}, "replicas": 4}}"""));
    }

    @Test
    void aTcpCheckAndOnlyAMemoryLimitSendOnlyWhatWasGiven() {
        Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--memory", "1Gi", "--health-tcp");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"name": "hello", "image": "i", "replicas": 1, "resources": {"memory": "1Gi"},
                 "healthCheck": {"type": "tcp"}}"""));
    }

    @Test
    void asJsonItPrintsTheCreatedApp() {
        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "i", "-o", "json");

        assertThat(Json.read(result.out())).isEqualTo(Json.read(Samples.hello(1, 0, "Progressing")));
    }

    @Test
    void anEnvWithoutAnEqualsSignIsAUsageErrorAndNothingIsSent() {
        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--env", "GREETING");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--env", "KEY=VALUE", "GREETING", "See 'wharf app create --help'");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anAppNotWrittenAsSystemSlashAppIsAUsageError() {
        for (String bad : new String[] {"hello", "demo/", "/hello", "demo/hello/x"}) {
            Result result = Cli.against(server, "app", "create", bad, "--image", "i");

            assertThat(result.code()).as(bad).isEqualTo(2);
            assertThat(result.err()).contains("expected SYSTEM/APP, such as demo/hello, but was '" + bad + "'");
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void bothKindsOfHealthCheckAtOnceIsAUsageError() {
        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "i",
                "--health-http", "/", "--health-tcp");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--health-http and --health-tcp exclude each other");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void healthSettingsWithoutAKindOfCheckAreAUsageError() {
        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--health-period", "5");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("need --health-http PATH or --health-tcp");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void withoutAnImageOrWithANonNumericReplicaCountItIsAUsageError() {
        assertThat(Cli.against(server, "app", "create", "demo/hello").err()).contains("--image");
        assertThat(Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--replicas", "three").code())
                .isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }
}
