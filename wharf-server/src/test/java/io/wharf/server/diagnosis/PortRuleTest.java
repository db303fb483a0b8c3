package io.wharf.server.diagnosis;

import static io.wharf.server.diagnosis.HealthCheckRuleTest.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortRuleTest {
    static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    static final String ON_3000_V6 = "  sl  local_address                         remote_address                        st\n"
            + "   0: 00000000000000000000000000000000:0BB8 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000"
            + " 00000000     0        0 167323 1 00000000faf68dc6 100 0 0 10 0\n";
    static final String ON_LOOPBACK_8080 = HEADER
            + "   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0\n";
    private final PortRule rule = new PortRule();

    private static Given refusedSince(int startedAt) {
        return Given.app().now(60).instance("hello-a", false, startedAt).probe("hello-a", "GET /healthz", REFUSED, 50, 59);
    }

    @Test
    void aProcessOnAnotherPortIsNamed() {
        Facts facts = refusedSince(55).listening("hello-a", HEADER + ON_3000_V6).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.PortNotListening);
            assertThat(f.message()).isEqualTo("port 8080: nothing listens (the process listens on 3000)");
            assertThat(f.evidence()).containsExactly(
                    "instance hello-a: health check GET /healthz on port 8080 could not connect (connection refused) for 9 s"
                            + " (last at 12:00:59Z)",
                    "instance hello-a listens on TCP 3000 (read from /proc/net/tcp inside it)");
            assertThat(f.action()).contains("set the app's port to 3000");
        });
    }

    @Test
    void aProcessOnLoopbackOnlyIsToldToListenOnEveryAddress() {
        Facts facts = refusedSince(0).listening("hello-a", ON_LOOPBACK_8080).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("port 8080: the process listens on 127.0.0.1 only, which the instance's"
                    + " published port cannot reach");
            assertThat(f.action()).contains("0.0.0.0:8080");
        });
    }

    @Test
    void aProcessListeningOnNothingIsReportedOnceItIsNoLongerStarting() {
        assertThat(rule.apply(refusedSince(0).listening("hello-a", HEADER).facts())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("port 8080: nothing listens (the process listens on no TCP port)"));
        assertThat(rule.apply(refusedSince(55).listening("hello-a", HEADER).facts())).as("started 5 s ago").isEmpty();
    }

    @Test
    void whenThePortsCannotBeReadTheRefusedConnectionsAloneSaySo() {
        assertThat(rule.apply(refusedSince(0).facts())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("port 8080: nothing listens (connections to it are refused)"));
    }

    @Test
    void aProcessThatListensOnThePortByNowIsNoFinding() {
        String on8080 = HEADER + "   0: 00000000:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000 0 0 1\n";

        assertThat(rule.apply(refusedSince(0).listening("hello-a", on8080).facts())).isEmpty();
    }
}
