package io.wharf.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.LogQuery;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import org.junit.jupiter.api.Test;

class LogParamsTest {
    @Test
    void withoutParametersItIsTheLastHundredLinesHoweverOld() {
        assertThat(LogParams.query(null, null)).isEqualTo(new LogQuery(100, null));
    }

    @Test
    void tailAndSinceAreReadAsLinesAndSeconds() {
        assertThat(LogParams.query("1", "600")).isEqualTo(new LogQuery(1, 600L));
        assertThat(LogParams.query("10000", null)).isEqualTo(new LogQuery(10_000, null));
    }

    @Test
    void aTailOutsideOneToTenThousandOrNotANumberIsInvalid() {
        for (String tail : new String[] {"0", "10001", "-3", "ten", ""}) {
            assertThatThrownBy(() -> LogParams.query(tail, null)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("tail"));
        }
    }

    @Test
    void aSinceThatIsNotAPositiveNumberOfSecondsIsInvalidAndBothFieldsAreReported() {
        assertThatThrownBy(() -> LogParams.query("0", "10m")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("tail", "since"));
        assertThatThrownBy(() -> LogParams.query(null, "0")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("since");
        assertThatThrownBy(() -> LogParams.query(null, "99999999999")).isInstanceOf(ValidationException.class);
    }
}
