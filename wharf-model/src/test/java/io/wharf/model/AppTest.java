package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppTest {
    private static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2025-01-02T00:00:00Z");
    private static final AppTemplate TEMPLATE = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, null, null, null);
    private static final App APP = new App("demo", "web", 2, TEMPLATE, 1, CREATED, CREATED);

    @Test
    void anAppIsKnownBySystemAndName() {
        assertThat(APP.key()).isEqualTo(new AppKey("demo", "web"));
        assertThat(APP.key()).hasToString("demo/web");
    }

    @Test
    void scalingChangesTheReplicasAndTheChangeTimeButNotTheRevision() {
        App scaled = APP.withReplicas(5, LATER);

        assertThat(scaled.replicas()).isEqualTo(5);
        assertThat(scaled.revision()).isEqualTo(1);
        assertThat(scaled.template()).isEqualTo(TEMPLATE);
        assertThat(scaled.createdAt()).isEqualTo(CREATED);
        assertThat(scaled.changedAt()).isEqualTo(LATER);
    }

    @Test
    void aNewTemplateIsANewRevision() {
        AppTemplate v2 = new AppTemplate("localhost/wharf/hello:2", 8080, null, null, null, null, null);

        App updated = APP.withTemplate(v2, LATER);

        assertThat(updated.revision()).isEqualTo(2);
        assertThat(updated.template()).isEqualTo(v2);
        assertThat(updated.replicas()).isEqualTo(2);
        assertThat(updated.createdAt()).isEqualTo(CREATED);
        assertThat(updated.changedAt()).isEqualTo(LATER);
    }

    @Test
    void aChangedEnvironmentIsANewRevisionToo() {
        AppTemplate withEnv = new AppTemplate("localhost/wharf/hello:1", 8080, null, null, Map.of("A", "1"), null, null);

        assertThat(APP.withTemplate(withEnv, LATER).revision()).isEqualTo(2);
    }

    @Test
    void anEqualTemplateChangesNothing() {
        AppTemplate same = new AppTemplate("localhost/wharf/hello:1", 8080, AppType.ONLINE, null, Map.of(), null, null);

        App unchanged = APP.withTemplate(same, LATER);

        assertThat(unchanged).isEqualTo(APP);
        assertThat(unchanged.changedAt()).isEqualTo(CREATED);
    }

    @Test
    void negativeReplicasCannotBeRepresented() {
        assertThatThrownBy(() -> new App("demo", "web", -1, TEMPLATE, 1, CREATED, CREATED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> APP.withReplicas(-1, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 999, 1000})
    void replicasFromZeroToTheMaximumAreAccepted(int replicas) {
        assertThat(errorsOf(e -> App.checkReplicas(e, replicas, 1000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001, Integer.MAX_VALUE})
    void replicasBeyondTheMaximumOrNegativeAreRejectedWithTheRange(int replicas) {
        assertThat(errorsOf(e -> App.checkReplicas(e, replicas, 1000)))
                .containsExactly(new FieldError("replicas", "must be between 0 and 1000, was " + replicas));
    }

    @Test
    void theMaximumOfReplicasIsASetting() {
        assertThat(errorsOf(e -> App.checkReplicas(e, 11, 10)))
                .containsExactly(new FieldError("replicas", "must be between 0 and 10, was 11"));
    }

    @Test
    void aValidAppPassesValidation() {
        App.validate("demo", "web", 3, TEMPLATE, 1000);
    }

    @Test
    void validationReportsEveryBadFieldOfAnAppAtOnce() {
        AppTemplate bad = new AppTemplate(null, 8080, null, null, null, new Resources("500m", "1Mi"), null);

        assertThatThrownBy(() -> App.validate("Demo", "-web", 1001, bad, 1000))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .containsExactly("system", "name", "replicas", "image", "resources.memory"));
    }
}
