package io.wharf.server.hooks;

import java.time.Instant;

/**
 * One webhook delivery as recorded: which service sent which event, and what Wharf did
 * ({@code accepted}: a build started, {@code ignored} or {@code rejected}) and why.
 */
public record Delivery(String id, Instant time, String provider, String event, String deliveryId, String outcome,
                       String reason, String buildId) {
    static final String ACCEPTED = "accepted";
    static final String IGNORED = "ignored";
    static final String REJECTED = "rejected";
}
