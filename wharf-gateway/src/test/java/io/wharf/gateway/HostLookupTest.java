package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostLookupTest {

    private final Routes routes = new Routes();
    private final HostLookup lookup = new HostLookup(routes, "wharf.localhost");

    @Test
    void a_remembered_host_follows_a_change_of_routes() {
        lookup.find("hello.demo.wharf.localhost:7080");
        assertThat(lookup.host()).isEqualTo("hello.demo.wharf.localhost");
        assertThat(lookup.route()).isNull();

        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(new Backend("i", "127.0.0.1", 9)));
        lookup.find("hello.demo.wharf.localhost:7080");

        assertThat(lookup.route()).isNotNull();
        assertThat(lookup.route().key()).isEqualTo("demo/hello");
    }

    @Test
    void a_missing_or_bad_host_has_neither_host_nor_route() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(new Backend("i", "127.0.0.1", 9)));
        lookup.find("hello.demo.wharf.localhost");

        lookup.find(null);
        assertThat(lookup.host()).isNull();
        assertThat(lookup.route()).isNull();
        lookup.find("bad host!");
        assertThat(lookup.host()).isNull();
    }
}
