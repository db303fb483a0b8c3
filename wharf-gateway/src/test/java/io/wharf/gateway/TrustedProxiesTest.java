package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(List.of("10.1.0.0/16", "192.168.7.7", "fd00::/8"));

    @Test
    void trustsAddressesInsideItsBlocksOnly() throws Exception {
        assertThat(proxies.trusts(InetAddress.getByName("10.1.200.3"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("192.168.7.7"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("fd12::1"))).isTrue();
        assertThat(proxies.trusts(InetAddress.getByName("10.2.0.1"))).isFalse();
        assertThat(proxies.trusts(InetAddress.getByName("192.168.7.8"))).isFalse();
        assertThat(proxies.trusts(InetAddress.getByName("fe80::1"))).isFalse();
    }

    @Test
    void trustsNobodyByDefault() throws Exception {
        assertThat(TrustedProxies.parse(GatewaySettings.defaults().trustedProxies())
                .trusts(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void refusesNamesAndBadPrefixesInTheSettings() {
        assertThatThrownBy(() -> GatewaySettings.defaults().withTrustedProxies(List.of("proxy.example")))
                .isInstanceOf(GatewayException.class).hasMessageContaining("proxy.example");
        assertThatThrownBy(() -> TrustedProxies.parse(List.of("10.0.0.0/33")))
                .isInstanceOf(GatewayException.class).hasMessageContaining("prefix length");
    }
}
