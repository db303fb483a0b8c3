package io.wharf.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A path the user names inside a clone: relative, without "..", and still inside once links are followed. */
final class RelativePath {
    private RelativePath() {
    }

    static void check(String field, String value) {
        if (value.isEmpty() || value.length() > 1024 || value.startsWith("/") || value.startsWith("-")
                || value.indexOf('\0') >= 0 || value.contains("\\")) {
            throw new BuildException(field + " must be a relative path inside the repository: " + value);
        }
        for (String segment : value.split("/")) {
            if (segment.equals("..")) {
                throw new BuildException(field + " must not leave the repository with '..': " + value);
            }
        }
    }

    /** The real path of {@code value} under {@code root}; refuses what does not exist or links outside. */
    static Path resolve(Path root, String field, String value) {
        check(field, value);
        try {
            Path realRoot = root.toRealPath();
            Path real = realRoot.resolve(value).normalize().toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new BuildException(field + " links outside the repository: " + value);
            }
            return real;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BuildException(field + " does not exist in the repository: " + value);
        } catch (IOException e) {
            throw new BuildException("cannot read " + field + " " + value + ": " + e.getMessage(), e);
        }
    }

    static boolean isFile(Path path) {
        return Files.isRegularFile(path);
    }
}
