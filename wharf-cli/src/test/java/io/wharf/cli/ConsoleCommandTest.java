package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConsoleCommandTest {
    private static final String LINK = """
            {"path":"/#login=c0de","expiresAt":"2026-12-07T15:01:00Z"}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void printsTheOneTimeLinkOnTheServerItTalksToAndWhenItStopsWorking() {
        server.on("POST /api/v1/console/links", 201, LINK);

        Result result = Cli.against(server, "console");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(server.url() + "/#login=c0de\n(works once, until 2026-12-07T15:01:00Z)\n");
        assertThat(server.onlyRequest().authorization()).startsWith("Bearer ");
    }

    @Test
    void asJsonItAddsTheWholeUrlToTheServersAnswer() {
        server.on("POST /api/v1/console/links", 201, LINK);

        Result result = Cli.against(server, "-o", "json", "console");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(result.out()).path("url").asText()).isEqualTo(server.url() + "/#login=c0de");
    }
}
