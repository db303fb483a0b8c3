package io.wharf.engine.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.colocation.Resources;
import org.junit.jupiter.api.Test;

class ResourceTextTest {
    @Test
    void resourcesReadAsAPersonWritesThem() {
        assertThat(ResourceText.of(new Resources(500, 0))).isEqualTo("500m CPU");
        assertThat(ResourceText.of(new Resources(2000, 64L << 20))).isEqualTo("2 CPU and 64Mi");
        assertThat(ResourceText.of(new Resources(1500, 8L << 30))).isEqualTo("1500m CPU and 8Gi");
        assertThat(ResourceText.of(new Resources(2000, 25_276_194_816L))).isEqualTo("2 CPU and 23.5Gi");
        assertThat(ResourceText.of(new Resources(0, 1000))).isEqualTo("0 CPU and 1000 bytes");
    }
}
