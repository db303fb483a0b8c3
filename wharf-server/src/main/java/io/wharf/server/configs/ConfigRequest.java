package io.wharf.server.configs;

/** The body of {@code PUT .../configs/{name}}: where the file goes and what it says. */
public record ConfigRequest(String path, String content) {
}
