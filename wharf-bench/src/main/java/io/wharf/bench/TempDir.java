package io.wharf.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A temporary directory for peers' configs, pid files, logs and state; deleted on close unless kept. */
public final class TempDir implements AutoCloseable {
    private final Path path;
    private final boolean keep;

    private TempDir(Path path, boolean keep) {
        this.path = path;
        this.keep = keep;
    }

    public static TempDir create(String prefix, boolean keep) {
        try {
            return new TempDir(Files.createTempDirectory(prefix), keep);
        } catch (IOException e) {
            throw new BenchException("cannot create a temporary directory: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** Writes {@code text} to {@code name} inside the directory and returns the file. */
    public Path write(String name, String text) {
        Path file = path.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** A subdirectory, created if missing. */
    public Path dir(String name) {
        try {
            return Files.createDirectories(path.resolve(name));
        } catch (IOException e) {
            throw new BenchException("cannot create " + path.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (keep) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp directory is not worth failing a finished run
        }
    }
}
