package io.wharf.server.clusters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.Errors;
import io.wharf.model.ValidationException;
import io.wharf.runtime.kubernetes.lb.PortRange;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadBalancerPortsTest {
    private static final Set<Integer> OWN = Set.of(7070, 7080, 7053);

    private static PortRange parse(String ports) {
        Errors errors = new Errors();
        PortRange range = LoadBalancerPorts.parse(new ClusterRequest.LoadBalancer(ports), OWN, errors);
        errors.throwIfAny();
        return range;
    }

    @Test
    void aRangeOrASinglePortIsRead() {
        assertThat(parse("30000-30100")).isEqualTo(new PortRange(30000, 30100));
        assertThat(parse(" 40000 ")).isEqualTo(new PortRange(40000, 40000));
        assertThat(parse("1024-2023")).isEqualTo(new PortRange(1024, 2023));
    }

    @Test
    void noLoadBalancerIsNoRangeAndNoError() {
        Errors errors = new Errors();

        assertThat(LoadBalancerPorts.parse(null, OWN, errors)).isNull();
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void wrongRangesAreErrorsOnTheFieldThatSayWhatToFix() {
        assertThatThrownBy(() -> parse(null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("loadBalancer.ports").hasMessageContaining("FIRST-LAST");
        assertThatThrownBy(() -> parse("30000..30100")).hasMessageContaining("such as 30000-30100");
        assertThatThrownBy(() -> parse("80-90")).hasMessageContaining("1024 <= FIRST <= LAST <= 65535");
        assertThatThrownBy(() -> parse("30100-30000")).hasMessageContaining("1024 <= FIRST");
        assertThatThrownBy(() -> parse("60000-70000")).hasMessageContaining("<= 65535");
        assertThatThrownBy(() -> parse("30000-31000")).hasMessageContaining("holds 1001 ports; at most 1000");
        assertThatThrownBy(() -> parse("7050-7060")).hasMessageContaining("contains port 7053");
    }
}
