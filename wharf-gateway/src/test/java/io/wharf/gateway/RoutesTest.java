package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutesTest {

    private static final String DOMAIN = "wharf.localhost";
    private final Routes routes = new Routes();
    private final Backend backend = new Backend("i-1", "127.0.0.1", 9000);

    private AppRoute find(String host) {
        String normalized = HostNames.normalize(host);
        return normalized == null ? null : routes.snapshot().find(normalized, DOMAIN);
    }

    @Test
    void an_app_is_found_by_app_dot_system_dot_domain() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(backend));

        assertThat(find("hello.demo.wharf.localhost")).satisfies(route -> {
            assertThat(route.key()).isEqualTo("demo/hello");
            assertThat(route.backends()).containsExactly(backend);
        });
        assertThat(find("demo.hello.wharf.localhost")).isNull();
        assertThat(find("other.demo.wharf.localhost")).isNull();
        assertThat(find("hello.demo.example.com")).isNull();
    }

    @Test
    void host_matching_ignores_case_port_and_trailing_dot() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(backend));

        assertThat(find("HELLO.Demo.Wharf.LocalHost")).isNotNull();
        assertThat(find("hello.demo.wharf.localhost:7080")).isNotNull();
        assertThat(find("hello.demo.wharf.localhost.")).isNotNull();
    }

    @Test
    void malformed_hosts_are_rejected() {
        assertThat(HostNames.normalize(null)).isNull();
        assertThat(HostNames.normalize("")).isNull();
        assertThat(HostNames.normalize("a b")).isNull();
        assertThat(HostNames.normalize("host:port")).isNull();
        assertThat(HostNames.normalize("a..b")).isNull();
    }

    @Test
    void custom_domains_route_to_their_app() {
        routes.setApp("demo", "hello", List.of("www.example.com", "Shop.Example.com"), Balancing.WEIGHTED,
                List.of(backend));

        assertThat(find("www.example.com:80").key()).isEqualTo("demo/hello");
        assertThat(find("shop.example.com").key()).isEqualTo("demo/hello");
        assertThat(find("example.com")).isNull();
    }

    @Test
    void a_custom_domain_cannot_belong_to_two_apps() {
        routes.setApp("demo", "hello", List.of("www.example.com"), Balancing.ROUND_ROBIN, List.of(backend));

        assertThatThrownBy(() -> routes.setApp("demo", "other", List.of("www.example.com"),
                Balancing.ROUND_ROBIN, List.of(backend))).isInstanceOf(GatewayException.class);
    }

    @Test
    void removing_an_app_removes_its_hosts_and_domains() {
        routes.setApp("demo", "hello", List.of("www.example.com"), Balancing.ROUND_ROBIN, List.of(backend));
        routes.setApp("demo", "world", List.of(), Balancing.ROUND_ROBIN, List.of(backend));

        routes.removeApp("demo", "hello");

        assertThat(find("hello.demo.wharf.localhost")).isNull();
        assertThat(find("www.example.com")).isNull();
        assertThat(find("world.demo.wharf.localhost")).isNotNull();
    }

    @Test
    void setting_an_app_again_replaces_its_backends_and_keeps_its_balancer() {
        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(backend));
        Balancer before = find("hello.demo.wharf.localhost").balancer();
        Backend other = new Backend("i-2", "127.0.0.1", 9001);

        routes.setApp("demo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of(other));

        assertThat(find("hello.demo.wharf.localhost").backends()).containsExactly(other);
        assertThat(find("hello.demo.wharf.localhost").balancer()).isSameAs(before);
    }

    @Test
    void bad_names_and_settings_are_refused() {
        assertThatThrownBy(() -> routes.setApp("de.mo", "hello", List.of(), Balancing.ROUND_ROBIN, List.of()))
                .isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> new Backend("i", "127.0.0.1", 0)).isInstanceOf(GatewayException.class);
        assertThatThrownBy(() -> new GatewaySettings("127.0.0.1", -1, "x", 0, 16384, 1,
                java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1)))
                .isInstanceOf(GatewayException.class);
        assertThat(GatewaySettings.defaults().port()).isEqualTo(7080);
    }
}
