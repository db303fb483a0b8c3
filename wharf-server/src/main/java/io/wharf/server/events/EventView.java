package io.wharf.server.events;

import java.time.Instant;

/**
 * One recorded event as the API shows it: {@code id} is a cursor (a later event has a larger id),
 * {@code reason} one of the stable codes the README lists, {@code system} and {@code app} whose event it is.
 */
public record EventView(long id, String system, String app, Instant time, String type, String reason, String message) {
}
