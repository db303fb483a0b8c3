package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResourcesTest {
    @Test
    void noResourcesMeansNoLimits() {
        assertThat(Resources.NONE.cpuMillis()).isZero();
        assertThat(Resources.NONE.memoryBytes()).isZero();
        assertThat(errorsOf(e -> Resources.NONE.validate(e, "resources"))).isEmpty();
    }

    @Test
    void limitsAreConvertedToMillicoresAndBytes() {
        Resources resources = new Resources("500m", "256Mi");

        assertThat(resources.cpuMillis()).isEqualTo(500);
        assertThat(resources.memoryBytes()).isEqualTo(256L << 20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1m", "500m", "0.5", "1", "256", "256000m"})
    void aCpuLimitFromOneMillicoreToTwoHundredFiftySixCoresIsAccepted(String cpu) {
        assertThat(errorsOf(e -> new Resources(cpu, null).validate(e, "resources"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0m", "257", "256001m", "lots", "1.5m", ""})
    void aCpuLimitOutsideTheRangeOrNotAQuantityIsReportedOnResourcesCpu(String cpu) {
        List<FieldError> errors = errorsOf(e -> new Resources(cpu, null).validate(e, "resources"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("resources.cpu");
            assertThat(error.message()).startsWith("'" + cpu + "' is not a CPU quantity between 1m and 256")
                    .contains("\"500m\"");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"6Mi", "256Mi", "1Gi", "512M", "1024Ti", "6291456"})
    void aMemoryLimitOfAtLeastSixMebibytesIsAccepted(String memory) {
        assertThat(errorsOf(e -> new Resources(null, memory).validate(e, "resources"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5Mi", "6291455", "6M", "0", "1025Ti", "256MB", "lots", "16777217Ti"})
    void aMemoryLimitTooSmallTooLargeOrNotAQuantityIsReportedOnResourcesMemory(String memory) {
        List<FieldError> errors = errorsOf(e -> new Resources(null, memory).validate(e, "resources"));

        assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("resources.memory");
            assertThat(error.message()).startsWith("'" + memory + "' is not a memory quantity").contains("\"256Mi\"");
        });
    }

    @Test
    void badCpuAndMemoryAreBothReported() {
        assertThat(errorsOf(e -> new Resources("0", "1Mi").validate(e, "resources")))
                .extracting(FieldError::field).containsExactly("resources.cpu", "resources.memory");
    }
}
