package io.wharf.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesQueryTest {
    private static final long[] BOUNDS = {1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};
    private static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    private final SeriesQuery query = new SeriesQuery(BOUNDS);

    private static Sample at(int second, long requests, long errors, long fastRequests, long slowRequests) {
        long[] latency = new long[BOUNDS.length + 1];
        latency[2] = fastRequests;   // (2 ms, 5 ms]
        latency[7] = slowRequests;   // (100 ms, 250 ms]
        return new Sample(T0.plusSeconds(second), requests, errors, latency, second * 0.5, 1000, 3);
    }

    @Test
    void eachStepGivesRatesPerSecondFromTheSamplesAroundIt() {
        List<Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 60; s += 5) {
            samples.add(at(s, 100L * s, 2L * s, 90L * s, 10L * s));
        }

        List<SeriesPoint> points = query.points(samples, T0.plusSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(15));

        assertThat(points).hasSize(4);
        assertThat(points).allSatisfy(p -> {
            assertThat(p.requestRate()).isCloseTo(100, within(1e-9));
            assertThat(p.errorRate()).isCloseTo(2, within(1e-9));
            assertThat(p.cpuCores()).isCloseTo(0.5, within(1e-9));
            assertThat(p.latencyP50Seconds()).isBetween(0.002, 0.005);
            assertThat(p.latencyP95Seconds()).isBetween(0.100, 0.250);
            assertThat(p.instancesReady()).isEqualTo(3);
        });
        assertThat(points.get(3).time()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void aStepWithNoRequestsHasNoLatencyAndAWindowWithOneSampleHasNoPoint() {
        List<SeriesPoint> idle = query.points(List.of(at(0, 5, 0, 5, 0), at(10, 5, 0, 5, 0)), T0.plusSeconds(10),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        assertThat(idle).singleElement().satisfies(p -> {
            assertThat(p.requestRate()).isZero();
            assertThat(p.latencyP50Seconds()).isNull();
        });
        assertThat(query.points(List.of(at(0, 5, 0, 5, 0)), T0.plusSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(5))).isEmpty();
    }

    @Test
    void theHistoryKeepsTheNewestSamplesAndOneBeforeTheWindow() {
        AppHistory history = new AppHistory(3);
        for (int s = 0; s < 5; s++) {
            history.add(at(s, s, 0, 0, 0));
        }

        assertThat(history.since(T0)).extracting(Sample::requests).containsExactly(2L, 3L, 4L);
        assertThat(history.since(T0.plusSeconds(4))).extracting(Sample::requests).containsExactly(3L, 4L);
    }
}
