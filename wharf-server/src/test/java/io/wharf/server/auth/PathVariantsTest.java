package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathVariantsTest {
    @Test
    void everyAmbiguousSpellingOfAPathIsProduced() {
        assertThat(PathVariants.of("/api/v1/systems")).contains(
                "/api;x/v1/systems", "/api/v1/systems;x", "/%61pi/v1/systems", "/api/v1/%73ystems",
                "/api/%2e/v1/systems", "/api/x/%2e%2e/v1/systems", "/api%2fv1/systems", "/api//v1/systems",
                "/api/./v1/systems", "/api/x/../v1/systems", "/API/v1/systems", "/api/V1/systems", "/api/v1/systems/");
    }
}
