package io.wharf.bench.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class KnotPeerTest {
    @Test
    void theConfigListensOnLoopbackWithTheWorkersAndKeepsStateInTheTempDir() {
        String conf = KnotPeer.config(Path.of("/tmp/knot-x"), 40053, 2);

        assertThat(conf).contains("    listen: 127.0.0.1@40053\n", "    udp-workers: 2\n", "    tcp-workers: 2\n",
                "    background-workers: 2\n", "    rundir: \"/tmp/knot-x\"\n", "    pidfile: \"/tmp/knot-x/knot.pid\"\n",
                "    storage: \"/tmp/knot-x/db\"\n", "  - id: default\n    storage: \"/tmp/knot-x\"\n",
                "  - domain: wharf.localhost\n    file: wharf.localhost.zone\n");
        assertThat(conf).doesNotContain("user:", "0.0.0.0", "@53\n");
    }

    @Test
    void theZoneHasSoaNsAndAnARecordPerApp() {
        String zone = KnotPeer.zone(1000);

        assertThat(zone).contains("$ORIGIN wharf.localhost.\n", "@ IN SOA ns.wharf.localhost. ",
                "@ IN NS ns.wharf.localhost.\n", "app0.bench IN A 127.0.0.1\n", "app999.bench IN A 127.0.0.1\n");
        assertThat(zone.lines().filter(l -> l.startsWith("app"))).hasSize(1000);
    }
}
