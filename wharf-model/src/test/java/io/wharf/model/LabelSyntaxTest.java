package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelSyntaxTest {
    @ParameterizedTest
    @ValueSource(strings = {"idc", "topology.kubernetes.io/zone", "wharf.io/pool", "A_b.c-9"})
    void kubernetesStyleKeysAreValid(String key) {
        assertThat(LabelSyntax.isKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-idc", "idc-", "has space", "Upper.Case/x", "a/b/c", "/idc", "wharf.io/"})
    void otherKeysAreInvalid(String key) {
        assertThat(LabelSyntax.isKey(key)).isFalse();
    }

    @Test
    void valuesAreNamesOrEmptyAndAtMost63Characters() {
        assertThat(LabelSyntax.isValue("bj-1")).isTrue();
        assertThat(LabelSyntax.isValue("")).isTrue();
        assertThat(LabelSyntax.isValue("x".repeat(63))).isTrue();
        assertThat(LabelSyntax.isValue("x".repeat(64))).isFalse();
        assertThat(LabelSyntax.isValue("bj 1")).isFalse();
        assertThat(LabelSyntax.isValue(null)).isFalse();
    }

    @Test
    void everyBadLabelIsReportedAtOnceUnderItsKey() {
        Errors errors = new Errors();
        LabelSyntax.check(errors, "labels", Map.of("bad key", "ok", "idc", "bad value!", "zone", "a"));

        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("labels.bad key", "labels.idc"));
    }
}
