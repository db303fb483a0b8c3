package io.wharf.build;

import java.util.Objects;

/** One build: where the source is, what to build from it, and the repository to push to. */
public record BuildJob(GitSource source, BuildInput input, String repository) {
    public BuildJob {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(repository, "repository");
    }
}
