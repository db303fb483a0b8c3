package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppTypeTest {
    @ParameterizedTest
    @EnumSource(AppType.class)
    void everyTypeIsParsedFromItsWireName(AppType type) {
        assertThat(AppType.parse(type.wireName())).hasValue(type);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(AppType.ONLINE.wireName()).isEqualTo("online");
        assertThat(AppType.OFFLINE.wireName()).isEqualTo("offline");
        assertThat(AppType.BATCH.wireName()).isEqualTo("batch");
        assertThat(AppType.GPU.wireName()).isEqualTo("gpu");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"web", "ONLINE", " online", "online "})
    void anUnknownTypeIsNotParsed(String value) {
        assertThat(AppType.parse(value)).isEmpty();
    }

    @Test
    void theAllowedValuesListEveryWireNameForAnErrorMessage() {
        assertThat(AppType.allowedValues()).isEqualTo("online, offline, batch, gpu");
    }

    @Test
    void onlineWorkGetsTheLargestCpuShareAndOfflineAndBatchWorkYieldToIt() {
        assertThat(AppType.ONLINE.cpuShares()).isEqualTo(1024);
        assertThat(AppType.GPU.cpuShares()).isEqualTo(AppType.ONLINE.cpuShares());
        assertThat(AppType.OFFLINE.cpuShares()).isLessThan(AppType.ONLINE.cpuShares());
        assertThat(AppType.BATCH.cpuShares()).isLessThan(AppType.OFFLINE.cpuShares()).isPositive();
    }
}
