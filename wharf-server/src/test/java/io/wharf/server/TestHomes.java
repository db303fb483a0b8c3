package io.wharf.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A fresh $WHARF_HOME per test class, so that tests never share a database or a token. */
public final class TestHomes {
    private TestHomes() {
    }

    public static Path create(String name) {
        try {
            return Files.createTempDirectory("wharf-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
