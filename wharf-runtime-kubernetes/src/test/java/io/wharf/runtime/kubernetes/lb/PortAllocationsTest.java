package io.wharf.runtime.kubernetes.lb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortAllocationsTest {
    private static final ServiceKey WEB = new ServiceKey("shop", "web");
    private static final ServiceKey DB = new ServiceKey("shop", "db");
    private final PortAllocations allocations = new PortAllocations(new PortRange(30000, 30003));

    @Test
    void aNewServiceGetsTheLowestFreePortsInTheOrderOfItsPorts() {
        assertThat(allocations.allocate(WEB, List.of(443, 80), Map.of())).hasValueSatisfying(ports ->
                assertThat(ports).containsExactly(Map.entry(443, 30000), Map.entry(80, 30001)));
        assertThat(allocations.allocate(DB, List.of(5432), Map.of())).hasValue(Map.of(5432, 30002));
    }

    @Test
    void aServicePortKeepsItsGatewayPortWhenOtherPortsComeAndGo() {
        allocations.allocate(WEB, List.of(80, 443), Map.of());

        assertThat(allocations.allocate(WEB, List.of(443), Map.of())).hasValue(Map.of(443, 30001));
        assertThat(allocations.allocate(WEB, List.of(8080, 443), Map.of()))
                .hasValue(Map.of(8080, 30000, 443, 30001));
    }

    @Test
    void aRememberedPortIsTakenBackWhenItIsFreeAndInTheRange() {
        Map<Integer, Integer> remembered = Map.of(80, 30002, 443, 40000);

        assertThat(allocations.allocate(WEB, List.of(80, 443), remembered)).hasValue(Map.of(80, 30002, 443, 30000));
    }

    @Test
    void aRememberedPortAnotherServiceHoldsIsNotTaken() {
        allocations.allocate(DB, List.of(5432), Map.of());

        assertThat(allocations.allocate(WEB, List.of(80), Map.of(80, 30000))).hasValue(Map.of(80, 30001));
    }

    @Test
    void aServiceWhosePortsDoNotAllFitGetsNoneAndHoldsNone() {
        allocations.allocate(DB, List.of(1, 2, 3), Map.of());

        assertThat(allocations.allocate(WEB, List.of(80, 443), Map.of())).isEmpty();
        assertThat(allocations.allocate(new ServiceKey("shop", "cache"), List.of(6379), Map.of()))
                .hasValue(Map.of(6379, 30003));
    }

    @Test
    void aReleasedServiceFreesItsPorts() {
        allocations.allocate(DB, List.of(1, 2, 3, 4), Map.of());

        allocations.release(DB);

        assertThat(allocations.allocate(WEB, List.of(80), Map.of())).hasValue(Map.of(80, 30000));
    }

    @Test
    void aBlockedPortIsGivenToNoOneAndItsHolderMovesToTheNextFreeOne() {
        allocations.allocate(WEB, List.of(80), Map.of());

        allocations.block(30000);

        assertThat(allocations.allocate(WEB, List.of(80), Map.of())).hasValue(Map.of(80, 30001));
        assertThat(allocations.allocate(DB, List.of(5432), Map.of(5432, 30000))).hasValue(Map.of(5432, 30002));
    }
}
