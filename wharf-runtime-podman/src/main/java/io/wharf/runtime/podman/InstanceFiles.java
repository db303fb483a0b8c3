package io.wharf.runtime.podman;

import io.wharf.engine.EngineException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of instances on this machine, one directory per container under {@code root} (mode
 * 0700): config files 0444, secrets 0400, owned by the server's user. With rootful Podman that is
 * root, so a container that runs as root reads its secrets without any capability; a container
 * that runs as another user cannot read a 0400 secret file.
 */
final class InstanceFiles {
    private static final Logger LOG = LoggerFactory.getLogger(InstanceFiles.class);
    private static final Set<PosixFilePermission> PRIVATE_DIR = PosixFilePermissions.fromString("rwx------");
    private final Path root;

    InstanceFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The directory of one container's files; {@code containerName} is a name Wharf made, no path. */
    Path directory(String containerName) {
        if (containerName.isEmpty() || containerName.contains("/") || containerName.startsWith(".")) {
            throw new IllegalArgumentException("not a container name: " + containerName);
        }
        return root.resolve(containerName);
    }

    /** Writes the files afresh (a directory left by an earlier attempt is replaced). */
    void write(Path directory, List<FileMount> mounts) {
        if (mounts.isEmpty()) {
            return;
        }
        try {
            delete(directory);
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PRIVATE_DIR);
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PRIVATE_DIR));
            for (FileMount mount : mounts) {
                Path file = mount.hostFile();
                Files.createFile(file, PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_WRITE)));
                Files.write(file, mount.file().content());
                Files.setPosixFilePermissions(file, permissions(mount.file().mode()));
            }
        } catch (FileAlreadyExistsException e) {
            throw new EngineException("two files of one instance at the same place: " + e.getFile(), e);
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new EngineException("could not write the files of an instance under " + directory + ": " + e, e);
        }
    }

    void deleteQuietly(Path directory) {
        try {
            delete(directory);
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not delete the instance files under {}: {}", directory, e.toString());
        }
    }

    /**
     * Deletes the directories of containers that are gone although no removal was seen (for example
     * removed while the server was down). A directory younger than {@code minAge} stays: its
     * container may be being created right now.
     */
    void sweep(Set<String> containerNames, Duration minAge, Instant now) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.toList()) {
                if (!containerNames.contains(dir.getFileName().toString())
                        && Files.getLastModifiedTime(dir).toInstant().isBefore(now.minus(minAge))) {
                    LOG.info("deleting the instance files of a container that no longer exists: {}", dir.getFileName());
                    deleteQuietly(dir);
                }
            }
        } catch (IOException e) {
            LOG.warn("could not look for instance files of removed containers under {}: {}", root, e.toString());
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (NoSuchFileException raced) {
                    // deleted by a concurrent removal of the same instance
                }
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }
}
