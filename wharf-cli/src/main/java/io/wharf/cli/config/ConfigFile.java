package io.wharf.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The CLI's own settings file, where {@code wharf login} keeps the server and the token it checked:
 * $XDG_CONFIG_HOME/wharf/config.json, else ~/.config/wharf/config.json. Only its owner may read it (0600).
 */
public final class ConfigFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path path;

    /** The server and the token of the last login; the token never shows in {@link #toString()}. */
    public record Login(String server, String token) {
        public Login {
            Objects.requireNonNull(server, "server");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Login[server=" + server + "]";
        }
    }

    public ConfigFile(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    /** Where the file is for the given environment. */
    public static ConfigFile in(Map<String, String> env) {
        String xdg = env.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg.strip())
                : Path.of(System.getProperty("user.home"), ".config");
        return new ConfigFile(base.resolve("wharf").resolve("config.json"));
    }

    public Path path() {
        return path;
    }

    /** The stored login; empty when there is none, or the file cannot be read as one. */
    public Optional<Login> login() {
        try {
            if (!Files.isRegularFile(path)) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(path.toFile());
            String server = node.path("server").asText("");
            String token = node.path("token").asText("");
            return server.isBlank() || token.isBlank() ? Optional.empty() : Optional.of(new Login(server, token));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file at once: a reader sees the old file or the new one, never a part, and never a looser mode. */
    public void store(Login login) {
        ObjectNode node = JSON.createObjectNode().put("server", login.server()).put("token", login.token());
        try {
            Path dir = path.getParent();
            Files.createDirectories(dir);
            Path temp = posix() ? Files.createTempFile(dir, ".config", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, ".config", ".tmp");
            try {
                Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n");
                move(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Removes the stored login; false when there was none. */
    public boolean remove() {
        try {
            return Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }

    private void move(Path temp) throws IOException {
        try {
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
