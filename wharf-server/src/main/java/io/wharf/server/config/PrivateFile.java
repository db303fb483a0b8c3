package io.wharf.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/** A file that holds a credential must be its owner's alone; the server refuses to start otherwise. */
public final class PrivateFile {
    private static final Set<PosixFilePermission> SHARED = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private PrivateFile() {
    }

    /** Throws when the existing {@code file} can be read or written by its group or by others. */
    public static void requireOwnerOnly(Path file, String what) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException noPosix) {
            return;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the permissions of " + file, e);
        }
        if (permissions.stream().anyMatch(SHARED::contains)) {
            throw new IllegalStateException("refusing to start: " + what + " " + file + " can be read or written by"
                    + " other users (mode " + PosixFilePermissions.toString(permissions) + "); make it the owner's"
                    + " alone with: chmod 600 " + file);
        }
    }
}
