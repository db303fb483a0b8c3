package io.wharf.server.events;

import java.time.Instant;

/**
 * One recorded event as the API shows it: {@code id} is a cursor (a later event has a larger id),
 * {@code reason} one of the stable codes the README lists.
 */
public record EventView(long id, String app, Instant time, String type, String reason, String message) {
}
