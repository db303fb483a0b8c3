package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResourceQuantitiesTest {
    @Test
    void cpuIsWrittenInWholeCoresWhenItCanBeAndInMillicoresOtherwise() {
        assertThat(ResourceQuantities.cpu(2000)).isEqualTo("2");
        assertThat(ResourceQuantities.cpu(250)).isEqualTo("250m");
    }

    @Test
    void memoryIsWrittenWithTheLargestSuffixThatKeepsItWhole() {
        assertThat(ResourceQuantities.memory(1L << 30)).isEqualTo("1Gi");
        assertThat(ResourceQuantities.memory(128L << 20)).isEqualTo("128Mi");
        assertThat(ResourceQuantities.memory(1_500_000_000L)).isEqualTo("1500M");
        assertThat(ResourceQuantities.memory(1001)).isEqualTo("1001");
    }
}
