package io.wharf.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionTest {
    @TempDir
    Path home;

    @Test
    void withNothingSetTheServerIsTheDefaultAndThereIsNoToken() {
        Connection c = Connection.resolve(null, null, home.toString(), Map.of("XDG_CONFIG_HOME", home.toString()));

        assertThat(c.server()).isEqualTo("http://127.0.0.1:7070");
        assertThat(c.serverSource()).isEqualTo("the default");
        assertThat(c.token()).isNull();
        assertThat(c.tokenFile()).isEqualTo(home.resolve("admin.token"));
    }

    @Test
    void theFilesInTheHomeAreReadWithoutTheirLineBreaksAndNamedAsTheSource() throws IOException {
        Files.writeString(home.resolve("api.url"), "http://127.0.0.1:40000\n");
        Files.writeString(home.resolve("admin.token"), "abc\n");

        Connection c = Connection.resolve(null, null, null, Map.of("WHARF_HOME", home.toString()));

        assertThat(c.server()).isEqualTo("http://127.0.0.1:40000");
        assertThat(c.serverSource()).isEqualTo(home.resolve("api.url").toString());
        assertThat(c.token()).isEqualTo("abc");
        assertThat(c.tokenSource()).isEqualTo(home.resolve("admin.token").toString());
    }

    @Test
    void blankValuesCountAsUnset() throws IOException {
        Files.writeString(home.resolve("admin.token"), "file-token");

        Connection c = Connection.resolve(" ", "", home.toString(), Map.of("WHARF_URL", "", "WHARF_TOKEN", "  "));

        assertThat(c.serverSource()).isEqualTo("the default");
        assertThat(c.token()).isEqualTo("file-token");
    }

    @Test
    void theHomeDefaultsToDotWharfInTheUsersHome() {
        Connection c = Connection.resolve(null, null, null, Map.of());

        assertThat(c.home()).isEqualTo(Path.of(System.getProperty("user.home"), ".wharf"));
    }

    @Test
    void printingTheSettingsNeverShowsTheToken() {
        Connection c = Connection.resolve("http://h:1", "s3cret", home.toString(), Map.of());

        assertThat(c.toString()).doesNotContain("s3cret").contains("http://h:1", "--token");
    }

    @Test
    void aStoredLoginComesAfterTheEnvironmentAndBeforeTheHomeFiles() throws IOException {
        Files.writeString(home.resolve("api.url"), "http://127.0.0.1:40000\n");
        Files.writeString(home.resolve("admin.token"), "admin\n");
        Path xdg = home.resolve("xdg");
        new ConfigFile(xdg.resolve("wharf/config.json")).store(new ConfigFile.Login("http://127.0.0.1:7071/", "stored"));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", xdg.toString(), "WHARF_HOME", home.toString());

        Connection stored = Connection.resolve(null, null, null, env);
        Connection fromEnv = Connection.resolve(null, null, null,
                Map.of("XDG_CONFIG_HOME", xdg.toString(), "WHARF_HOME", home.toString(), "WHARF_TOKEN", "env"));

        assertThat(stored.server()).isEqualTo("http://127.0.0.1:7071/");
        assertThat(stored.token()).isEqualTo("stored");
        assertThat(stored.tokenSource()).isEqualTo(xdg.resolve("wharf/config.json").toString());
        assertThat(fromEnv.token()).isEqualTo("env");
    }

    @Test
    void theStoredTokenGoesOnlyToTheServerItWasStoredWith() throws IOException {
        Files.writeString(home.resolve("admin.token"), "admin\n");
        Path xdg = home.resolve("xdg");
        new ConfigFile(xdg.resolve("wharf/config.json")).store(new ConfigFile.Login("http://127.0.0.1:7071", "stored"));
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", xdg.toString(), "WHARF_HOME", home.toString());

        Connection sameWithSlash = Connection.resolve("http://127.0.0.1:7071/", null, null, env);
        Connection other = Connection.resolve("http://127.0.0.1:9999", null, null, env);

        assertThat(sameWithSlash.token()).isEqualTo("stored");
        assertThat(other.token()).isEqualTo("admin");
    }
}
