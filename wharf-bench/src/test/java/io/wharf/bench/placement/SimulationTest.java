package io.wharf.bench.placement;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.colocation.ClassAwarePolicy;
import io.wharf.engine.colocation.FirstFitPolicy;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private final Trace trace = Trace.generate(6, 11);

    @Test
    void theSameSeedGivesTheSameDay() {
        assertThat(Trace.generate(6, 11)).isEqualTo(trace);
        assertThat(new Simulation(trace, new FirstFitPolicy()).run())
                .isEqualTo(new Simulation(trace, new FirstFitPolicy()).run());
    }

    @Test
    void classAwarePlacementUsesMoreOfTheNodesAndNeverLeavesAnOnlineInstanceWithoutOne() {
        SimulationResult jdos1 = new Simulation(trace, new FirstFitPolicy()).run();
        SimulationResult wharf = new Simulation(trace, new ClassAwarePolicy(2.0)).run();

        assertThat(wharf.utilisation()).isGreaterThan(jdos1.utilisation());
        assertThat(wharf.onlineViolations()).isZero();
        assertThat(wharf.evictions()).isPositive();
        assertThat(jdos1.evictions()).isZero();
    }

    @Test
    void firstFitLetsBatchJobsTakeTheRoomOnlineServicesNeedAtTheirPeak() {
        assertThat(new Simulation(trace, new FirstFitPolicy()).run().onlineViolations()).isPositive();
    }

    @Test
    void theLastLineHasTheDocumentedForm() {
        SimulationResult jdos1 = new SimulationResult(0.5, 10, 3, 0, 100);
        SimulationResult wharf = new SimulationResult(0.7, 5, 0, 20, 120);

        assertThat(PlacementCommand.resultLine(jdos1, wharf))
                .isEqualTo("placement: util_jdos1=50.0 util_wharf=70.0 gain=1.40 online_violations=0");
    }
}
