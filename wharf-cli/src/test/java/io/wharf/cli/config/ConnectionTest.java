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
        Connection c = Connection.resolve(null, null, home.toString(), Map.of());

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
}
