package io.wharf.server.builds;

import java.time.Instant;

/**
 * An image a build pushed: {@code id} ("v" and a number counting up per app), the image by digest,
 * the commit it was built from, and how long its build took.
 */
public record VersionResponse(String id, String image, String digest, String commit, String author, String message,
                              String buildId, Instant startedAt, long durationMs, Instant createdAt) {
}
