package io.wharf.server.api;

/** The body of a system create. */
public record SystemRequest(String name, String description) {
}
