package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantitiesTest {
    @ParameterizedTest
    @CsvSource({"500m, 500", "1m, 1", "1, 1000", "2, 2000", "0.5, 500", "0.25, 250", "1.5, 1500", "2.125, 2125",
            "0, 0", "0m, 0", "256, 256000"})
    void cpuIsReadAsThousandthsOfACore(String text, long millis) {
        assertThat(Quantities.cpuMillis(text)).hasValue(millis);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0.0005", "1.5m", "-1", "+1", "1 ", " 1", "1e3", "one", "500M", "1c", ".5", "1.", "m"})
    void textThatIsNoCpuQuantityIsNotReadAsOne(String text) {
        assertThat(Quantities.cpuMillis(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"256Mi, 268435456", "1Gi, 1073741824", "1Ki, 1024", "1Ti, 1099511627776", "512M, 512000000",
            "1G, 1000000000", "1k, 1000", "1K, 1000", "2T, 2000000000000", "1048576, 1048576", "0, 0"})
    void memoryIsReadInBytesWithBinaryAndDecimalUnits(String text, long bytes) {
        assertThat(Quantities.memoryBytes(text)).hasValue(bytes);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1.5Gi", "256mi", "256MB", "1Pi", "-1Mi", "Mi", "256 Mi", "1gi", "1Ei"})
    void textThatIsNoMemoryQuantityIsNotReadAsOne(String text) {
        assertThat(Quantities.memoryBytes(text)).isEmpty();
    }

    @Test
    void aNumberOfMoreThanFifteenDigitsIsNoMemoryQuantity() {
        assertThat(Quantities.memoryBytes("999999999999999")).hasValue(999_999_999_999_999L);
        assertThat(Quantities.memoryBytes("9999999999999999")).isEmpty();
    }

    @Test
    void aMemoryQuantityTooLargeToCountInBytesIsNoQuantityRatherThanAWrongNumber() {
        // 16777217Ti is 2^64 + 2^40 bytes: multiplied in a long it wraps around to exactly 1Ti.
        assertThat(Quantities.memoryBytes("16777217Ti")).isEmpty();
        assertThat(Quantities.memoryBytes("999999999999999Ti")).isEmpty();
        assertThat(Quantities.memoryBytes("999999999999999G")).isEmpty();
    }

    @Test
    void aHugeCpuQuantityIsNoQuantityRatherThanAnError() {
        assertThat(Quantities.cpuMillis("99999999999999999999m")).isEqualTo(OptionalLong.empty());
        assertThat(Quantities.cpuMillis("99999999999999999999")).isEqualTo(OptionalLong.empty());
    }
}
