package io.wharf.build;

import java.time.Instant;
import java.util.Objects;

/** The commit a build was made from. */
public record Commit(String id, String author, String message, Instant time) {
    public static final int SHORT = 12;

    public Commit {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[0-9a-f]{40,64}")) {
            throw new BuildException("not a commit id: " + id);
        }
        author = author == null ? "" : author;
        message = message == null ? "" : message;
    }

    /** The first {@value #SHORT} hex digits: the image tag. */
    public String shortId() {
        return id.substring(0, SHORT);
    }
}
