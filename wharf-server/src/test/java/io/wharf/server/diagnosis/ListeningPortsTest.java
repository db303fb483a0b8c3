package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ListeningPortsTest {
    @Test
    void listeningSocketsOfBothFilesAreReadAndLoopbackOnesKeptApart() {
        String tcp = PortRuleTest.HEADER
                + "   0: 00000000:0050 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1\n"
                + "   1: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2 1\n"
                + "   2: 0200000A:0050 0100000A:D431 01 00000000:00000000 00:00000000 00000000     0        0 3 1\n";
        String tcp6 = PortRuleTest.ON_3000_V6
                + "   1: 00000000000000000000000001000000:2328 00000000000000000000000000000000:0000 0A 0 0 0 0 0 4\n";

        ListeningPorts ports = ListeningPorts.parse(tcp + tcp6);

        assertThat(ports.reachable()).containsExactlyInAnyOrder(80, 3000);
        assertThat(ports.loopbackOnly()).containsExactlyInAnyOrder(8080, 9000);
        assertThat(ports.all()).containsExactly(80, 3000, 8080, 9000);
    }

    @Test
    void aPortOnEveryAddressIsNotLoopbackOnlyEvenIfAlsoOnLoopback() {
        String tcp = PortRuleTest.HEADER
                + "   0: 0100007F:1F90 00000000:0000 0A 0 0 0 0 0 1\n"
                + "   1: 00000000:1F90 00000000:0000 0A 0 0 0 0 0 2\n";

        assertThat(ListeningPorts.parse(tcp)).isEqualTo(new ListeningPorts(Set.of(8080), Set.of()));
    }

    @Test
    void nothingListeningAndNoiseGiveNoPorts() {
        assertThat(ListeningPorts.parse(PortRuleTest.HEADER + "cat: can't open '/proc/net/tcp6': No such file\n").all())
                .isEmpty();
    }
}
