package io.wharf.server.builds;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A build as the API shows it: where it is (Queued, Running, Succeeded, Failed, Cancelled) and why,
 * what it was asked to build (secret ids only), and what it made.
 */
public record BuildResponse(String id, String state, String message, BuildRequest.Git git, String dockerfile,
                            String context, Map<String, String> buildArgs, List<String> secrets, boolean fromSource,
                            String commit, String image, String digest, String version, Instant createdAt,
                            Instant startedAt, Instant finishedAt) {
}
