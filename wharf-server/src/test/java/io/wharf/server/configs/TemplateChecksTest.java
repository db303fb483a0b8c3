package io.wharf.server.configs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.wharf.model.AppTemplate;
import io.wharf.model.ConfigFile;
import io.wharf.model.FieldError;
import io.wharf.model.SecretMount;
import io.wharf.model.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateChecksTest {
    private static final AppTemplate BASE = new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(),
            Map.of("DB", "x"), null, null);

    private static List<FieldError> errors(Runnable check) {
        try {
            check.run();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }

    @Test
    void theChangedItemsErrorsAreReportedUnderTheRequestsFieldNames() {
        AppTemplate template = BASE.withConfigs(List.of(new ConfigFile("a", "/ok", "x"), new ConfigFile("b", "relative", null)));

        assertThat(errors(() -> TemplateChecks.check(template, "configs[1].", List.of())))
                .extracting(FieldError::field).containsExactlyInAnyOrder("path", "content");
    }

    @Test
    void aSecretThatIsBothFileAndEnvOrUsesATakenEnvNameIsAnEnvError() {
        AppTemplate both = BASE.withSecrets(List.of(new SecretMount("db", "/a", "DB_PW", 1)));
        AppTemplate taken = BASE.withSecrets(List.of(new SecretMount("db", null, "DB", 1)));

        assertThat(errors(() -> TemplateChecks.check(both, "secrets[0].", List.of())))
                .extracting(FieldError::field).containsExactly("env");
        assertThat(errors(() -> TemplateChecks.check(taken, "secrets[0].", List.of())))
                .extracting(FieldError::field).containsExactly("env");
    }

    @Test
    void aPathAlreadyReportedIsNotReportedAgainAsUsedTwice() {
        AppTemplate template = BASE.withConfigs(List.of(new ConfigFile("a", "/same", "x"), new ConfigFile("b", "/same", "y")));

        assertThat(errors(() -> TemplateChecks.check(template, "configs[0].",
                List.of(new FieldError("path", "is used by another config file or secret of this app: /same")))))
                .containsExactly(new FieldError("path", "is used by another config file or secret of this app: /same"));
    }

    @Test
    void aValidTemplatePasses() {
        assertThatCode(() -> TemplateChecks.check(BASE.withConfigs(List.of(new ConfigFile("a", "/a", ""))), "configs[0].",
                List.of())).doesNotThrowAnyException();
    }
}
