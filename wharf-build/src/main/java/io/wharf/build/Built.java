package io.wharf.build;

import java.util.Objects;

/** What a successful build made: the commit, the tag it pushed, and the digest the registry holds it under. */
public record Built(Commit commit, String repository, String tag, String digest) {
    public Built {
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(tag, "tag");
        if (digest == null || !digest.matches("sha256:[0-9a-f]{64}")) {
            throw new BuildException("the registry gave no sha256 digest: " + digest);
        }
    }

    /** {@code repository@sha256:...}: these very bytes, whatever the tag points at later. */
    public String imageByDigest() {
        return repository + "@" + digest;
    }

    public String image() {
        return repository + ":" + tag;
    }
}
