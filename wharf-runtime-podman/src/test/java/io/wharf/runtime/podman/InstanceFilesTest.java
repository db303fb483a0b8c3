package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.InstanceFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceFilesTest {
    @TempDir
    Path home;

    private static FileMount mount(Path dir, int index, String path, String content, boolean secret) {
        return new FileMount(dir.resolve("file-" + index), new InstanceFile(path, content.getBytes(StandardCharsets.UTF_8), secret));
    }

    @Test
    void configFilesAreReadableByAllAndSecretsByTheOwnerOnlyInAPrivateDirectory() throws Exception {
        InstanceFiles files = new InstanceFiles(home.resolve("instance-files"));
        Path dir = files.directory("wharf-shop-web-b2c4d");

        files.write(dir, List.of(mount(dir, 0, "/etc/app.conf", "a=1", false), mount(dir, 1, "/run/secrets/db", "pw", true)));

        assertThat(Files.readString(dir.resolve("file-0"))).isEqualTo("a=1");
        assertThat(Files.readString(dir.resolve("file-1"))).isEqualTo("pw");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("file-0")))).isEqualTo("r--r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("file-1")))).isEqualTo("r--------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.root()))).isEqualTo("rwx------");
    }

    @Test
    void writingAgainReplacesWhatAnEarlierAttemptLeftAndDeletingRemovesTheDirectory() {
        InstanceFiles files = new InstanceFiles(home);
        Path dir = files.directory("wharf-shop-web-b2c4d");
        files.write(dir, List.of(mount(dir, 0, "/a", "old", false), mount(dir, 1, "/b", "old", true)));

        files.write(dir, List.of(mount(dir, 0, "/a", "new", false)));

        assertThat(dir.resolve("file-1")).doesNotExist();
        files.deleteQuietly(dir);
        assertThat(dir).doesNotExist();
        files.deleteQuietly(dir);
    }

    @Test
    void aSweepDeletesOnlyOldDirectoriesOfContainersThatAreGone() {
        InstanceFiles files = new InstanceFiles(home);
        Path kept = files.directory("wharf-shop-web-keep1");
        Path gone = files.directory("wharf-shop-web-gone1");
        files.write(kept, List.of(mount(kept, 0, "/a", "a", false)));
        files.write(gone, List.of(mount(gone, 0, "/a", "a", false)));
        Instant now = Instant.now();

        files.sweep(Set.of("wharf-shop-web-keep1"), Duration.ofMinutes(10), now);
        assertThat(gone).as("too young to be swept: its container may be being created").isDirectory();

        files.sweep(Set.of("wharf-shop-web-keep1"), Duration.ofMinutes(10), now.plus(Duration.ofMinutes(11)));
        assertThat(gone).doesNotExist();
        assertThat(kept).isDirectory();
    }

    @Test
    void aDirectoryNameIsNeverAPath() {
        InstanceFiles files = new InstanceFiles(home);

        assertThatThrownBy(() -> files.directory("../etc")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.directory("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modesBecomeTheMatchingPermissions() {
        assertThat(PosixFilePermissions.toString(InstanceFiles.permissions(0444))).isEqualTo("r--r--r--");
        assertThat(PosixFilePermissions.toString(InstanceFiles.permissions(0400))).isEqualTo("r--------");
        assertThat(PosixFilePermissions.toString(InstanceFiles.permissions(0750))).isEqualTo("rwxr-x---");
    }
}
