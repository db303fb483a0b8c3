package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CapabilitiesTest {
    private static AppTemplate adding(List<String> capabilities) {
        return new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, null, null, null, capabilities);
    }

    @Test
    void aTemplateAddsNoCapabilitiesUnlessItListsThem() {
        AppTemplate plain = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, null);

        assertThat(plain.capabilities()).isEmpty();
        assertThat(adding(null).capabilities()).isEmpty();
    }

    @Test
    void capabilitiesFromTheAllowListAreAccepted() {
        assertThat(errorsOf(adding(List.of("NET_BIND_SERVICE", "CHOWN", "SETUID", "SETGID"))::validate)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SYS_ADMIN", "NET_RAW", "SYS_MODULE", "CAP_CHOWN", "chown", "ALL", ""})
    void aCapabilityOutsideTheAllowListIsRefusedNamingItsPlaceInTheList(String name) {
        List<FieldError> errors = errorsOf(adding(List.of("CHOWN", name))::validate);

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("capabilities[1]");
            assertThat(e.message()).contains("NET_BIND_SERVICE");
        });
    }

    @Test
    void aNullOrRepeatedCapabilityIsRefused() {
        assertThat(fieldsOf(adding(Arrays.asList("KILL", null, "KILL"))::validate))
                .containsExactly("capabilities[1]", "capabilities[2]");
    }

    @Test
    void atMostSixteenCapabilitiesMayBeListed() {
        List<String> seventeen = Collections.nCopies(17, "KILL");

        assertThat(fieldsOf(adding(seventeen)::validate)).contains("capabilities");
    }

    @Test
    void addingCapabilitiesIsANewFingerprintButATemplateWithoutThemKeepsItsOldOne() {
        AppTemplate plain = adding(List.of());

        assertThat(TemplateFingerprint.of(adding(List.of("NET_BIND_SERVICE")))).isNotEqualTo(TemplateFingerprint.of(plain));
        assertThat(TemplateFingerprint.of(plain)).as("the fingerprint written before capabilities existed")
                .isEqualTo("07faaa72e0acaa73");
    }

    @Test
    void theWithersKeepTheCapabilities() {
        AppTemplate t = adding(List.of("CHOWN"));

        assertThat(t.withImage("localhost/other:2").withResources(Resources.NONE).withConfigs(List.of())
                .withSecrets(List.of()).capabilities()).containsExactly("CHOWN");
        assertThat(t.withCapabilities(List.of("KILL")).capabilities()).containsExactly("KILL");
    }
}
