package io.wharf.server.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KeepalivesTest {
    @Test
    void durationsAreSaidAsSettingsAreWritten() {
        assertThat(Keepalives.describe(Duration.ofMinutes(10))).isEqualTo("10m");
        assertThat(Keepalives.describe(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(Keepalives.describe(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(Keepalives.describe(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(Keepalives.describe(Duration.ofMillis(1500))).isEqualTo("1500ms");
    }
}
