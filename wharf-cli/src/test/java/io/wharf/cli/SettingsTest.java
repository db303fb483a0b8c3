package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the CLI finds the server and the token: flags, then WHARF_* variables, then the files in the home. */
class SettingsTest {
    private final FakeServer server = new FakeServer().on("GET /api/v1/systems", 200, "[]");

    @TempDir
    Path home;

    @BeforeEach
    void writeHomeFiles() throws IOException {
        Files.writeString(home.resolve("api.url"), server.url() + "\n");
        Files.writeString(home.resolve("admin.token"), "from-file\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void withHomeAloneTheUrlAndTokenComeFromItsFiles() {
        Result result = Cli.run(Map.of(), "--home", home.toString(), "system", "list");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer from-file");
    }

    @Test
    void theHomeCanComeFromWharfHomeAndTheHomeFlagMayFollowTheSubcommand() {
        Cli.run(Map.of("WHARF_HOME", home.toString()), "system", "list");
        Cli.run(Map.of("WHARF_HOME", "/nonexistent"), "system", "list", "--home", home.toString());

        assertThat(server.requests()).extracting(FakeServer.Request::authorization)
                .containsExactly("Bearer from-file", "Bearer from-file");
    }

    @Test
    void wharfUrlAndWharfTokenWinOverTheHomeFiles() throws IOException {
        Files.writeString(home.resolve("api.url"), "http://127.0.0.1:1\n");

        Result result = Cli.run(Map.of("WHARF_HOME", home.toString(), "WHARF_URL", server.url(), "WHARF_TOKEN", "from-env"),
                "system", "list");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer from-env");
    }

    @Test
    void flagsWinOverTheEnvironment() {
        Result result = Cli.run(Map.of("WHARF_URL", "http://127.0.0.1:1", "WHARF_TOKEN", "from-env"),
                "system", "list", "--server", server.url(), "--token", "from-flag");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer from-flag");
    }
}
