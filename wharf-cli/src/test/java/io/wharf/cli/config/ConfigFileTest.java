package io.wharf.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir
    Path dir;

    @Test
    void itLivesUnderXdgConfigHomeElseUnderDotConfigInTheUsersHome() {
        assertThat(ConfigFile.in(Map.of("XDG_CONFIG_HOME", "/x/conf")).path()).isEqualTo(Path.of("/x/conf/wharf/config.json"));
        assertThat(ConfigFile.in(Map.of()).path())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".config", "wharf", "config.json"));
    }

    @Test
    void aStoredLoginReadsBack() {
        ConfigFile file = new ConfigFile(dir.resolve("wharf/config.json"));

        file.store(new ConfigFile.Login("http://127.0.0.1:7070", "wharf_abc"));

        assertThat(file.login()).contains(new ConfigFile.Login("http://127.0.0.1:7070", "wharf_abc"));
    }

    @Test
    void replacingALooseFileLeavesOnlyAnOwnerOnlyFileAndNoTemporaryOnes() throws IOException {
        Path path = Files.createDirectories(dir.resolve("wharf")).resolve("config.json");
        Files.writeString(path, "{\"server\":\"http://old\",\"token\":\"old\"}");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));

        new ConfigFile(path).store(new ConfigFile.Login("http://new", "wharf_new"));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        try (var files = Files.list(path.getParent())) {
            assertThat(files).containsExactly(path);
        }
    }

    @Test
    void aMissingOrUnreadableFileIsNoLogin() throws IOException {
        Path path = dir.resolve("config.json");
        assertThat(new ConfigFile(path).login()).isEmpty();

        Files.writeString(path, "not json");
        assertThat(new ConfigFile(path).login()).isEmpty();

        Files.writeString(path, "{\"server\":\"http://h\"}");
        assertThat(new ConfigFile(path).login()).isEmpty();
    }

    @Test
    void removeSaysWhetherThereWasALogin() {
        ConfigFile file = new ConfigFile(dir.resolve("config.json"));
        file.store(new ConfigFile.Login("http://h", "t"));

        assertThat(file.remove()).isTrue();
        assertThat(file.remove()).isFalse();
        assertThat(file.login()).isEmpty();
    }

    @Test
    void printingALoginNeverShowsTheToken() {
        assertThat(new ConfigFile.Login("http://h", "wharf_s3cret").toString()).doesNotContain("s3cret");
    }
}
