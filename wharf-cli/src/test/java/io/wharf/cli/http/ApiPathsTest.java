package io.wharf.cli.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
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

    @Test
    void auditFiltersAreEncodedQueryParametersAndUnsetOnesAreLeftOut() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("actor", "alice");
        query.put("system", null);
        query.put("since", "2026-11-26T10:00:00+01:00");

        assertThat(ApiPaths.audit(query)).isEqualTo("/api/v1/audit?actor=alice&since=2026-11-26T10%3A00%3A00%2B01%3A00");
        assertThat(ApiPaths.audit(Map.of())).isEqualTo("/api/v1/audit");
    }
}
