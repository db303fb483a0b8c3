package io.wharf.server.secrets;

import io.wharf.server.config.PrivateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that encrypts secret values: {@value SecretCipher#KEY_BYTES} random bytes, base64 in a file
 * of mode 0600. The default file ({@code $WHARF_HOME/secret.key}) is created on first start; a file
 * named by a setting must exist, so that a missing mount never silently becomes a new key that
 * cannot read the stored secrets. A file of exactly 32 raw bytes is read as they are.
 */
public final class SecretKeyFile {
    private SecretKeyFile() {
    }

    public static byte[] readOrCreate(Path file) {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            byte[] key = new byte[SecretCipher.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            return key;
        } catch (FileAlreadyExistsException exists) {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the secret key file " + file, e);
        }
    }

    public static byte[] read(Path file) {
        byte[] bytes;
        try {
            if (Files.exists(file)) {
                PrivateFile.requireOwnerOnly(file, "the secret key file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("the secret key file " + file + " does not exist (setting"
                    + " wharf.secret-key-file / WHARF_SECRET_KEY_FILE); create it with 32 random bytes in base64,"
                    + " for example: head -c 32 /dev/urandom | base64 > " + file + "; chmod 600 " + file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the secret key file " + file, e);
        }
        if (bytes.length == SecretCipher.KEY_BYTES) {
            return bytes;
        }
        try {
            byte[] key = Base64.getDecoder().decode(new String(bytes, StandardCharsets.US_ASCII).trim());
            if (key.length == SecretCipher.KEY_BYTES) {
                return key;
            }
        } catch (IllegalArgumentException notBase64) {
            // reported below, without the file's content
        }
        throw new IllegalStateException("the secret key file " + file + " must hold " + SecretCipher.KEY_BYTES
                + " bytes, raw or in base64");
    }
}
