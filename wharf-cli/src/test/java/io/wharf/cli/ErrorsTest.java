package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aValidationProblemExitsWithOneAndListsEachInvalidField() {
        server.on("POST /api/v1/systems/demo/apps", 422, """
                {"type":"about:blank","title":"Invalid request","status":422,
                 "detail":"2 fields are invalid; see errors","instance":"/api/v1/systems/demo/apps",
                 "errors":[{"field":"name","message":"must be a DNS label, was 'Bad_Name'"},
                           {"field":"replicas","message":"must be between 0 and 1000"}]}""");

        Result result = Cli.against(server, "app", "create", "demo/Bad_Name", "--image", "x", "--replicas", "-1");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("""
                error: Invalid request: 2 fields are invalid; see errors
                  - name: must be a DNS label, was 'Bad_Name'
                  - replicas: must be between 0 and 1000
                """);
    }

    @Test
    void aConflictOrAMissingThingExitsWithOneAndSaysWhatTheServerSaid() {
        server.on("DELETE /api/v1/systems/demo", 409, """
                {"title":"Conflict","status":409,"detail":"system demo still has 1 apps (hello); delete them first"}""");

        Result conflict = Cli.against(server, "system", "delete", "demo");
        Result missing = Cli.against(server, "app", "get", "demo/nope");

        assertThat(conflict.code()).isEqualTo(1);
        assertThat(conflict.err()).isEqualTo("error: Conflict: system demo still has 1 apps (hello); delete them first\n");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("error: Not found: ");
    }

    @Test
    void anErrorThatIsNotAProblemShowsTheStatusAndTheStartOfTheBody() {
        server.on("GET /api/v1/systems", 502, "text/html", "<html>Bad gateway</html>");

        Result result = Cli.against(server, "system", "list");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("error: HTTP 502: <html>Bad gateway</html>\n");
    }

    @Test
    void aRejectedTokenExitsWithFourSaysWhereTheTokenCameFromAndNeverShowsIt() {
        server.on("GET /api/v1/systems", 401, """
                {"title":"Unauthorized","status":401,"detail":"The token is not valid: use the one in $WHARF_HOME/admin.token"}""");

        Result result = Cli.run(Map.of("WHARF_TOKEN", "s3cret-value", "WHARF_URL", server.url()), "system", "list");

        assertThat(result.code()).isEqualTo(4);
        assertThat(result.err()).startsWith("error: Unauthorized: The token is not valid")
                .contains("read from WHARF_TOKEN")
                .doesNotContain("s3cret-value");
        assertThat(result.out()).doesNotContain("s3cret-value");
    }

    @Test
    void withNoTokenAnywhereTheRequestGoesWithoutOneAndTheErrorSaysWhereToPutIt() {
        server.on("GET /api/v1/systems", 401, "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"This API needs a token\"}");

        Result result = Cli.run(Map.of("WHARF_HOME", "/nonexistent/wharf-home"), "--server", server.url(), "system", "list");

        assertThat(result.code()).isEqualTo(4);
        assertThat(server.onlyRequest().authorization()).isNull();
        assertThat(result.err()).contains("No token was sent", "/nonexistent/wharf-home/admin.token");
    }

    @Test
    void aForbiddenAnswerIsATokenProblemToo() {
        server.on("GET /api/v1/systems", 403, "{\"title\":\"Forbidden\",\"status\":403}");

        assertThat(Cli.against(server, "system", "list").code()).isEqualTo(4);
    }

    @Test
    void aServerThatIsNotListeningExitsWithThreeNamesTheUrlAndSuggestsStartingIt() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port;

        Result result = Cli.run(Map.of("WHARF_URL", url, "WHARF_TOKEN", "t"), "app", "list", "demo");

        assertThat(result.code()).isEqualTo(3);
        assertThat(result.err()).contains("cannot connect to the Wharf server at " + url + " (from WHARF_URL)",
                "connection refused", "./wharf up");
    }

    @Test
    void aServerUrlThatIsNotHttpIsAUsageError() {
        Result result = Cli.run(Map.of(), "--server", "127.0.0.1:7070", "system", "list");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("'127.0.0.1:7070' (from --server) is not an http:// or https:// URL");
    }

    @Test
    void anUnknownCommandIsAUsageErrorWithASuggestion() {
        Result result = Cli.against(server, "sytem", "list");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Did you mean", "system");
    }
}
