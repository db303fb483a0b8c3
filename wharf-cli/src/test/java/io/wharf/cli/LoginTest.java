package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** wharf login and logout: the token is checked, stored for its server only, and removed again. */
class LoginTest {
    private static final String WHOAMI = "GET /api/v1/whoami";
    private static final String TOKEN = "wharf_QWxpY2VzVG9rZW5Gb3JUaGVUZXN0c09mV2hhcmZDbGk";
    private static final String ALICE = """
            {"user":"alice","tokenId":"t-7","admin":false,"systems":{"demo":"developer","shop":"viewer"}}""";
    private final FakeServer server = new FakeServer();
    private final FakeServer other = new FakeServer();
    @TempDir
    Path dir;
    private Map<String, String> env;
    private Path config;

    @BeforeEach
    void isolateTheSettings() throws IOException {
        Path home = Files.createDirectory(dir.resolve("wharf-home"));
        Files.writeString(home.resolve("admin.token"), "admin-secret\n");
        env = Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString(), "WHARF_HOME", home.toString());
        config = dir.resolve("xdg/wharf/config.json");
        server.on(WHOAMI, 200, ALICE).on("GET /api/v1/systems", 200, "[]");
        other.on("GET /api/v1/systems", 200, "[]");
    }

    @AfterEach
    void stop() {
        server.close();
        other.close();
    }

    @Test
    void loginChecksTheTokenWithWhoamiAndSaysWhoItIsAndWhatItMayDo() {
        Result result = Cli.run(env, "login", "--token", TOKEN, "--server", server.url());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.onlyRequest().path()).isEqualTo("/api/v1/whoami");
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(result.out()).startsWith("logged in as alice (demo: developer, shop: viewer) at " + server.url() + "\n")
                .doesNotContain(TOKEN);
    }

    @Test
    void theServerAndTokenAreStoredInAFileOnlyItsOwnerCanRead() throws IOException {
        Cli.run(env, "login", "--token", TOKEN, "--server", server.url());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(config))).isEqualTo("rw-------");
        assertThat(Json.read(Files.readString(config)))
                .isEqualTo(Json.read("{\"server\":\"" + server.url() + "\",\"token\":\"" + TOKEN + "\"}"));
    }

    @Test
    void tokenStdinReadsTheFirstLineOfStandardInput() {
        Result result = Cli.run(TOKEN + "\nnot the token\n", env, "login", "--token-stdin", "--server", server.url());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.onlyRequest().authorization()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void theAdminTokenLogsInAsAdmin() {
        FakeServer admin = new FakeServer().on(WHOAMI, 200, """
                {"user":"admin","tokenId":"admin-token","admin":true,"systems":{}}""");
        try (admin) {
            Result result = Cli.run(env, "login", "--token", "admin-secret", "--server", admin.url());

            assertThat(result.out()).startsWith("logged in as admin (admin) at ");
        }
    }

    @Test
    void aRejectedTokenExitsWithFourAndStoresNothing() {
        FakeServer refusing = new FakeServer().on(WHOAMI, 401, """
                {"title":"Unauthorized","status":401,"detail":"the token is not valid"}""");
        try (refusing) {
            Result result = Cli.run("wharf_revoked\n", env, "login", "--token-stdin", "--server", refusing.url());

            assertThat(result.code()).isEqualTo(4);
            assertThat(result.err()).contains("the token is not valid", "read from standard input");
            assertThat(config).doesNotExist();
        }
    }

    @Test
    void loginNeedsTheTokenGivenOnceAndOnlyByFlagOrStandardInput() {
        Result none = Cli.run(env, "login", "--server", server.url());
        Result fromEnvironment = Cli.run(Map.of("WHARF_TOKEN", TOKEN, "XDG_CONFIG_HOME", dir.toString()), "login",
                "--server", server.url());
        Result both = Cli.run(TOKEN + "\n", env, "login", "--token", TOKEN, "--token-stdin", "--server", server.url());
        Result emptyInput = Cli.run("\n", env, "login", "--token-stdin", "--server", server.url());

        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).contains("--token-stdin", "--token TOKEN");
        assertThat(fromEnvironment.code()).isEqualTo(2);
        assertThat(both.code()).isEqualTo(2);
        assertThat(emptyInput.code()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
        assertThat(config).doesNotExist();
    }

    @Test
    void afterLoginCommandsSendTheStoredTokenToTheStoredServerInsteadOfTheAdminToken() {
        Cli.run(env, "login", "--token", TOKEN, "--server", server.url());

        Result result = Cli.run(env, "system", "list");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.requests()).last().extracting(FakeServer.Request::authorization)
                .isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void wharfTokenAndTheTokenFlagStillWinOverTheStoredLogin() {
        Cli.run(env, "login", "--token", TOKEN, "--server", server.url());
        Map<String, String> withEnvToken = new HashMap<>(env);
        withEnvToken.put("WHARF_TOKEN", "from-env");

        Cli.run(withEnvToken, "system", "list");
        Cli.run(withEnvToken, "system", "list", "--token", "from-flag");

        assertThat(server.requests()).extracting(FakeServer.Request::authorization)
                .containsExactly("Bearer " + TOKEN, "Bearer from-env", "Bearer from-flag");
    }

    @Test
    void theStoredTokenIsNeverSentToAnotherServer() {
        Cli.run(env, "login", "--token", TOKEN, "--server", server.url());

        Result result = Cli.run(env, "system", "list", "--server", other.url());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(other.onlyRequest().authorization()).isEqualTo("Bearer admin-secret");
    }

    @Test
    void logoutRemovesTheStoredTokenSoThatTheAdminTokenIsUsedAgain() {
        Cli.run(env, "login", "--token", TOKEN, "--server", server.url());

        Result loggedOut = Cli.run(env, "logout");
        Result again = Cli.run(env, "logout");
        Cli.run(env, "system", "list", "--server", server.url());

        assertThat(loggedOut.code()).isZero();
        assertThat(loggedOut.out()).isEqualTo("logged out: removed the token stored in " + config + "\n");
        assertThat(again.code()).isZero();
        assertThat(again.out()).startsWith("not logged in");
        assertThat(config).doesNotExist();
        assertThat(server.requests()).last().extracting(FakeServer.Request::authorization)
                .isEqualTo("Bearer admin-secret");
    }

    @Test
    void aNewLoginReplacesTheOldOne() {
        FakeServer bob = new FakeServer().on(WHOAMI, 200, "{\"user\":\"bob\",\"tokenId\":\"t-9\",\"admin\":false,"
                + "\"systems\":{}}");
        try (bob) {
            Cli.run(env, "login", "--token", TOKEN, "--server", server.url());
            Result result = Cli.run(env, "login", "--token", "wharf_bobs", "--server", bob.url());

            assertThat(result.out()).startsWith("logged in as bob (no roles yet) at " + bob.url());
            assertThat(Json.read(readConfig()).path("token").asText()).isEqualTo("wharf_bobs");
        }
    }

    private String readConfig() {
        try {
            return Files.readString(config);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
