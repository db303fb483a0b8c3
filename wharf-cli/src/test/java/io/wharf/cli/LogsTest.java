package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogsTest {
    private static final String HELLO = "/api/v1/systems/demo/apps/hello";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLogsOfOneInstanceArePrintedAsTheServerSentThemWithTheDefaultTail() {
        server.on("GET " + HELLO + "/instances/hello-x7k2q/logs?tail=100", 200, TEXT, "one\ntwo\n");

        Result result = Cli.against(server, "logs", "demo/hello", "hello-x7k2q");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("one\ntwo\n");
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer t0ken");
    }

    @Test
    void tailAndSinceAreSentAsLinesAndWholeSeconds() {
        server.on("GET " + HELLO + "/instances/hello-x7k2q/logs?tail=5&since=600", 200, TEXT, "late\n");

        Result result = Cli.against(server, "logs", "demo/hello", "hello-x7k2q", "--tail", "5", "--since", "10m");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("late\n");
    }

    @Test
    void withoutAnInstanceEveryInstanceIsReadAndEachLineIsPrefixedWithItsInstance() {
        server.on("GET " + HELLO + "/instances", 200, """
                [{"id":"hello-a1","state":"running","ready":true,"cluster":"local"},
                 {"id":"hello-b2","state":"running","ready":true,"cluster":"idc-1"}]""");
        server.on("GET " + HELLO + "/instances/hello-a1/logs?tail=1", 200, TEXT, "a says hi\n");
        server.on("GET " + HELLO + "/instances/hello-b2/logs?tail=1", 200, TEXT, "b says hi\n");

        Result result = Cli.against(server, "logs", "demo/hello", "--tail", "1");

        assertThat(result.out()).isEqualTo("[hello-a1] a says hi\n[hello-b2] b says hi\n");
    }

    @Test
    void asJsonEachInstanceComesWithItsLines() {
        server.on("GET " + HELLO + "/instances/hello-a1/logs?tail=100", 200, TEXT, "one\n\nthree\n");

        Result result = Cli.against(server, "logs", "demo/hello", "hello-a1", "-o", "json");

        assertThat(Json.read(result.out())).isEqualTo(Json.read("""
                [{"instance": "hello-a1", "lines": ["one", "", "three"]}]"""));
    }

    @Test
    void anInstanceTheServerDoesNotKnowIsReportedWithTheServersWords() {
        server.on("GET " + HELLO + "/instances/hello-nope/logs?tail=100", 404, """
                {"title":"Not found","status":404,"detail":"instance hello-nope of app demo/hello does not exist"}""");

        Result result = Cli.against(server, "logs", "demo/hello", "hello-nope");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("instance hello-nope of app demo/hello does not exist");
    }

    @Test
    void aSinceThatIsNotADurationIsAUsageError() {
        Result result = Cli.against(server, "logs", "demo/hello", "--since", "yesterday");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("expected a duration");
        assertThat(server.requests()).isEmpty();
    }
}
