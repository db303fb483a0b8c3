package io.wharf.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsAndRecordsTest {

    @Test
    void defaultsListenOnLoopbackPort7053ForWharfLocalhost() {
        DnsSettings defaults = DnsSettings.defaults();
        assertThat(defaults).isEqualTo(new DnsSettings("127.0.0.1", 7053, "wharf.localhost", 5, "127.0.0.1", null));
        assertThat(defaults.workers()).isEqualTo(DnsSettings.DEFAULT_WORKERS);
    }

    @Test
    void settingsAreValidated() {
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 70000, "a.b", 5, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", -1, "a.b", 5, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 53, "a..b", 5, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 53, "a b", 5, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 53, "a.b", -1, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> DnsSettings.defaults().withWorkers(0));
        assertThatIllegalArgumentException().isThrownBy(() -> DnsSettings.defaults().withWorkers(65));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("localhost", 53, "a.b", 5, "127.0.0.1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 53, "a.b", 5, "::1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new DnsSettings("127.0.0.1", 53, "a.b", 5, "127.0.0.1", "1.2.3.4"));
    }

    @Test
    void theZoneIsStoredLowerCaseWithoutTheTrailingDot() {
        assertThat(new DnsSettings("::1", 0, "Wharf.LocalHost.", 0, "127.0.0.1", "::1").zone()).isEqualTo("wharf.localhost");
    }

    @Test
    void srvTargetsAreValidated() {
        assertThat(new SrvTarget("I-1", "10.0.0.1", 80).instanceId()).isEqualTo("i-1");
        assertThatIllegalArgumentException().isThrownBy(() -> new SrvTarget("a.b", "10.0.0.1", 80));
        assertThatIllegalArgumentException().isThrownBy(() -> new SrvTarget("a", "host.example", 80));
        assertThatIllegalArgumentException().isThrownBy(() -> new SrvTarget("a", "10.0.0.1", 0));
    }

    @Test
    void appsWithInvalidNamesOrDuplicateInstancesAreRejected() {
        DnsRecords records = new DnsRecords();
        assertThatIllegalArgumentException().isThrownBy(() -> records.setApp("re tail", "shop", List.of(), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> records.setApp("retail", "shop", List.of("bad..com"), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> records.setApp("retail", "shop", List.of(),
                List.of(new SrvTarget("a", "10.0.0.1", 80), new SrvTarget("a", "10.0.0.2", 80))));
        assertThat(records.snapshot()).isSameAs(Snapshot.EMPTY);
    }

    @Test
    void theLastAppSetWinsACustomDomainClaimedTwice() {
        DnsRecords records = new DnsRecords();
        records.setApp("retail", "shop", List.of("shop.example.com"), List.of());
        records.setApp("retail", "shop2", List.of("shop.example.com"), null);
        assertThat(records.snapshot().appForDomain("shop.example.com").app()).isEqualTo("shop2");
        records.removeApp("retail", "shop2");
        assertThat(records.snapshot().appForDomain("shop.example.com").app()).isEqualTo("shop");
    }

    @Test
    void concurrentWritersLoseNoApp() throws InterruptedException {
        DnsRecords records = new DnsRecords();
        List<Thread> writers = java.util.stream.IntStream.range(0, 8).mapToObj(t -> new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                records.setApp("s" + t, "a" + i, List.of(), List.of());
            }
        })).toList();
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        for (int t = 0; t < 8; t++) {
            for (int i = 0; i < 100; i++) {
                assertThat(records.snapshot().app("s" + t, "a" + i)).isNotNull();
            }
        }
        assertThat(records.snapshot().serial()).isEqualTo(801);
    }
}
