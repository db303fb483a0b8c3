package io.wharf.model;

import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RoutingTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final App APP = new App("demo", "db", 1, new AppTemplate("img:1", 5432, null, null, null, null, null),
            3, T0, T0);

    @Test
    void anAppRoutesRoundRobinOverHttpOnlyUnlessToldOtherwise() {
        assertThat(APP.routing()).isEqualTo(new Routing(List.of(), LoadBalancing.ROUND_ROBIN, null));
    }

    @Test
    void changingBalancingOrTheTcpPortIsNoNewRevisionAndKeepsTheDomains() {
        App changed = APP.withDomains(List.of("db.example.com"), T0)
                .withRouting(APP.routing().withDomains(List.of("db.example.com"))
                        .withBalancing(LoadBalancing.LEAST_CONNECTIONS).withTcpPort(15432), T0.plusSeconds(1));

        assertThat(changed.revision()).isEqualTo(3);
        assertThat(changed.routing()).isEqualTo(new Routing(List.of("db.example.com"),
                LoadBalancing.LEAST_CONNECTIONS, 15432));
        assertThat(changed.changedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(changed.withReplicas(2, T0).routing()).isEqualTo(changed.routing());
    }

    @Test
    void theSameRoutingChangesNothing() {
        assertThat(APP.withRouting(Routing.DEFAULT, T0.plusSeconds(5))).isSameAs(APP);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 80, 1023, 65536, -1})
    void privilegedOrImpossibleTcpPortsAreRejected(int port) {
        assertThat(fieldsOf(e -> Routing.checkTcpPort(e, "expose.tcp", port))).containsExactly("expose.tcp");
    }

    @ParameterizedTest
    @ValueSource(ints = {1024, 15432, 65535})
    void unprivilegedTcpPortsAreAccepted(int port) {
        assertThat(fieldsOf(e -> Routing.checkTcpPort(e, "expose.tcp", port))).isEmpty();
    }

    @Test
    void balancingIsWrittenInKebabCase() {
        assertThat(LoadBalancing.parse("least-connections")).contains(LoadBalancing.LEAST_CONNECTIONS);
        assertThat(LoadBalancing.parse("LEAST_CONNECTIONS")).isEmpty();
        assertThat(LoadBalancing.allowedValues()).isEqualTo("round-robin, least-connections");
    }
}
