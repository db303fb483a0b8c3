package io.wharf.cli.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiPathsTest {
    @Test
    void plainNamesGoInAsTheyAre() {
        assertThat(ApiPaths.app("demo", "hello")).isEqualTo("/api/v1/systems/demo/apps/hello");
    }

    @Test
    void anyOtherTextStaysInsideItsOwnPathSegment() {
        assertThat(ApiPaths.system("a b/c?d#e%")).isEqualTo("/api/v1/systems/a%20b%2Fc%3Fd%23e%25");
        assertThat(ApiPaths.system("..")).isEqualTo("/api/v1/systems/%2E%2E");
    }
}
