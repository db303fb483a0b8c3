package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WaitTest {
    private static final String HELLO = "/api/v1/systems/demo/apps/hello";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createWithWaitPollsTheAppUntilItIsAvailable() {
        server.on("POST /api/v1/systems/demo/apps", 201, Samples.hello(2, 0, "Progressing"))
                .on("GET " + HELLO, 200, Samples.hello(2, 1, "Progressing"))
                .on("GET " + HELLO, 200, Samples.hello(2, 2, "Available"));

        Result result = Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--replicas", "2", "--wait");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("app demo/hello created\napp demo/hello is Available: 2/2 instances ready\n");
        assertThat(server.requests()).extracting(FakeServer.Request::method).containsExactly("POST", "GET", "GET");
    }

    @Test
    void withWaitAndJsonOnlyTheAvailableAppIsPrinted() {
        server.on("PUT " + HELLO + "/replicas", 200, Samples.hello(2, 0, "Progressing"))
                .on("GET " + HELLO, 200, Samples.hello(2, 2, "Available"));

        Result result = Cli.against(server, "-o", "json", "app", "scale", "demo/hello", "2", "--wait");

        assertThat(Json.read(result.out())).isEqualTo(Json.read(Samples.hello(2, 2, "Available")));
    }

    @Test
    void scaleWithWaitFailsWithExitCodeOneWhenTheAppIsNotAvailableInTime() {
        server.on("PUT " + HELLO + "/replicas", 200, Samples.hello(3, 0, "Progressing"))
                .on("GET " + HELLO, 200, Samples.app("hello", 3, 1, "Degraded", "1/3 instances ready"));

        Result result = Cli.against(server, "app", "scale", "demo/hello", "3", "--wait", "--timeout", "600ms");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("app demo/hello scaled to 3\n");
        assertThat(result.err()).isEqualTo(
                "error: app demo/hello is not Available after 600ms: Degraded, 1/3 ready (1/3 instances ready)\n");
    }

    @Test
    void aBatchAppIsWaitedForUntilItSucceeded() {
        server.on("POST /api/v1/systems/demo/apps", 201, Samples.hello(1, 0, "Progressing"))
                .on("GET " + HELLO, 200, Samples.app("hello", 1, 0, "Succeeded", "1 of 1 runs succeeded"));

        Result done = Cli.against(server, "app", "create", "demo/hello", "--image", "i", "--type", "batch", "--wait");

        assertThat(done.code()).as(done.toString()).isZero();
        assertThat(done.out()).endsWith("app demo/hello is Succeeded: 1 of 1 runs succeeded\n");
    }

    @Test
    void aBatchAppThatFailedEndsTheWaitAtOnce() {
        server.on("PUT " + HELLO + "/replicas", 200, Samples.hello(1, 0, "Progressing"))
                .on("GET " + HELLO, 200, Samples.app("hello", 1, 0, "Failed", "gave up after 4 failed runs"));

        Result failed = Cli.against(server, "app", "scale", "demo/hello", "1", "--wait", "--timeout", "30s");

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err()).isEqualTo("error: app demo/hello Failed: gave up after 4 failed runs\n");
    }

    @Test
    void aTimeoutThatIsNotADurationIsAUsageError() {
        Result result = Cli.against(server, "app", "scale", "demo/hello", "3", "--wait", "--timeout", "soon");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("expected a duration such as 90s, 5m or 1h, but was 'soon'");
    }
}
