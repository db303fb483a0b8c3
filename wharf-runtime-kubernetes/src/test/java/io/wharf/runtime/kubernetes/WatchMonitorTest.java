package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchMonitorTest {
    private final AtomicBoolean watching = new AtomicBoolean();
    private final AtomicInteger resumed = new AtomicInteger();

    @Test
    void onlyAWatchThatComesBackAfterBeingDownIsAResumption() {
        try (WatchMonitor monitor = new WatchMonitor("test", watching::get, resumed::incrementAndGet, Duration.ofHours(1))) {
            monitor.check();
            watching.set(true);
            monitor.check();
            assertThat(resumed).hasValue(0);

            watching.set(false);
            monitor.check();
            monitor.check();
            watching.set(true);
            monitor.check();
            monitor.check();

            assertThat(resumed).hasValue(1);
        }
    }
}
