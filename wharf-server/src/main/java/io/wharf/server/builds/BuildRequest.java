package io.wharf.server.builds;

import java.util.Map;

/**
 * A build: from {@code git} (else the app's source), with an optional Dockerfile, context, build
 * arguments and build secrets (id to value; mounted with {@code RUN --mount=type=secret,id=ID}, never
 * stored, never shown). {@link #toString()} never shows a secret's value.
 */
public record BuildRequest(Git git, String dockerfile, String context, Map<String, String> buildArgs,
                           Map<String, String> secrets) {
    /** Where to clone from. */
    public record Git(String url, String ref) {
    }

    @Override
    public String toString() {
        return "BuildRequest[" + git + ", " + dockerfile + ", " + context + ", secrets "
                + (secrets == null ? "[]" : secrets.keySet()) + "]";
    }
}
