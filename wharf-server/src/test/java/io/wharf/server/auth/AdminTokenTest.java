package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.server.config.WharfHome;
import io.wharf.server.config.WharfProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminTokenTest {
    @TempDir
    Path dir;

    private WharfHome home() throws Exception {
        return new WharfHome(new WharfProperties(dir, 7070, "127.0.0.1", null, 10, "wharf.localhost", null, null, null,
                null));
    }

    @Test
    void theTokenMatchesOnlyItselfAndLaterStartsReadTheSameOne() throws Exception {
        AdminToken token = new AdminToken(home());
        String value = Files.readString(dir.resolve("admin.token")).trim();

        assertThat(token.matches(value)).isTrue();
        assertThat(token.matches(value + "x")).isFalse();
        assertThat(token.matches("")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(new AdminToken(home()).matches(value)).isTrue();
    }

    @Test
    void aTokenFileThatOtherUsersCanReadStopsTheStart() throws Exception {
        new AdminToken(home());
        Files.setPosixFilePermissions(dir.resolve("admin.token"), PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> new AdminToken(home())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start").hasMessageContaining("chmod 600");
    }
}
