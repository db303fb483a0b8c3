package io.wharf.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeyFileTest {
    @TempDir
    Path dir;

    @Test
    void theFirstStartCreatesARandomKeyReadableByItsOwnerOnlyAndLaterStartsReadTheSameKey() throws Exception {
        Path file = dir.resolve("secret.key");

        byte[] key = SecretKeyFile.readOrCreate(file);

        assertThat(key).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(SecretKeyFile.readOrCreate(file)).isEqualTo(key);
        assertThat(SecretKeyFile.read(file)).isEqualTo(key);
        assertThat(SecretKeyFile.readOrCreate(dir.resolve("other.key"))).isNotEqualTo(key);
    }

    @Test
    void aGivenKeyFileMayHoldRawBytesOrBase64() throws Exception {
        byte[] key = new byte[32];
        key[5] = 7;
        Files.write(dir.resolve("raw"), key);
        Files.writeString(dir.resolve("b64"), Base64.getEncoder().encodeToString(key) + "\n");
        ownerOnly(dir.resolve("raw"));
        ownerOnly(dir.resolve("b64"));

        assertThat(SecretKeyFile.read(dir.resolve("raw"))).isEqualTo(key);
        assertThat(SecretKeyFile.read(dir.resolve("b64"))).isEqualTo(key);
    }

    @Test
    void aMissingOrShortGivenKeyFileStopsTheStartWithoutShowingItsContent() throws Exception {
        Files.writeString(dir.resolve("short"), "c2VjcmV0LWJ1dC1zaG9ydA==");
        ownerOnly(dir.resolve("short"));

        assertThatThrownBy(() -> SecretKeyFile.read(dir.resolve("absent")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> SecretKeyFile.read(dir.resolve("short")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2VjcmV0");
    }

    @Test
    void aKeyFileThatOtherUsersCanReadStopsTheStartAndSaysHowToFixIt() throws Exception {
        Path file = dir.resolve("secret.key");
        SecretKeyFile.readOrCreate(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> SecretKeyFile.read(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refusing to start").hasMessageContaining("chmod 600 " + file);
        assertThatThrownBy(() -> SecretKeyFile.readOrCreate(file)).hasMessageContaining("rw-r--r--");
    }

    private static void ownerOnly(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
