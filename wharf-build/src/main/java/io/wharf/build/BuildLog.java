package io.wharf.build;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A build's log file: each line is written and flushed as it comes, so that followers see it at
 * once. The values given as secrets are replaced by {@value #MASK} in every line.
 */
public final class BuildLog implements LineSink, AutoCloseable {
    public static final String MASK = "******";
    /** A log is cut past this size (the build goes on): one build must not fill the disk. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private final OutputStream out;
    private final List<String> masked;
    private long written;

    public BuildLog(Path file, List<String> secretValues) {
        try {
            Files.createDirectories(file.getParent());
            this.out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the build log " + file, e);
        }
        this.masked = secretValues.stream().filter(v -> v != null && v.length() >= 3).toList();
    }

    @Override
    public synchronized void line(String line) {
        String shown = line;
        for (String value : masked) {
            shown = shown.replace(value, MASK);
        }
        byte[] bytes = (shown + "\n").getBytes(StandardCharsets.UTF_8);
        if (written > MAX_BYTES) {
            return;
        }
        if (written + bytes.length > MAX_BYTES) {
            bytes = ("wharf: the log is cut here at " + MAX_BYTES / (1024 * 1024) + " MiB; the build goes on\n")
                    .getBytes(StandardCharsets.UTF_8);
            written = MAX_BYTES;
        }
        try {
            out.write(bytes);
            out.flush();
            written += bytes.length;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the build log", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the build log", e);
        }
    }
}
