package io.wharf.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Wharf's home directory ($WHARF_HOME): its database, token and other small files. Private to its owner. */
@Component
public class WharfHome {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path dir;

    public WharfHome(WharfProperties properties) throws IOException {
        this.dir = properties.home().toAbsolutePath();
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    public Path dir() {
        return dir;
    }

    /** The file's trimmed content; if it does not exist, a new random value written there with mode 0600. */
    public String readOrCreateSecret(String name, int bytes) {
        return readOrCreate(name, Base64.getUrlEncoder().withoutPadding().encodeToString(random(bytes)));
    }

    /** Random bytes from a strong source. */
    public static byte[] random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return random;
    }

    /** The file's trimmed content; if it does not exist, {@code initial} written there with mode 0600. */
    public String readOrCreate(String name, String initial) {
        Path file = dir.resolve(name);
        return read(file).orElseGet(() -> {
            String value = initial;
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
                return value;
            } catch (FileAlreadyExistsException raced) {
                return read(file).orElseThrow();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        });
    }

    /** Replaces a small file atomically, so that readers never see half of it. */
    public void write(String name, String content) {
        try {
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.writeString(tmp, content, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name), e);
        }
    }

    private static Optional<String> read(Path file) {
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
