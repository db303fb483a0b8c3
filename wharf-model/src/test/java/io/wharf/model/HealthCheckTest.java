package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HealthCheckTest {
    private static final Integer APP_PORT = 8080;

    private static HealthCheck http(String path, Integer port, int period, int timeout, int threshold) {
        return new HealthCheck(HealthCheck.Type.HTTP, path, port, period, timeout, threshold);
    }

    @Test
    void anHttpCheckProbesItsPathEveryFiveSecondsWithAOneSecondTimeoutAndThreeFailuresAllowed() {
        HealthCheck check = HealthCheck.http("/healthz");

        assertThat(check.type()).isEqualTo(HealthCheck.Type.HTTP);
        assertThat(check.path()).isEqualTo("/healthz");
        assertThat(check.port()).isNull();
        assertThat(check.periodSeconds()).isEqualTo(5);
        assertThat(check.timeoutSeconds()).isEqualTo(1);
        assertThat(check.failureThreshold()).isEqualTo(3);
    }

    @Test
    void aTcpCheckHasTheSameDefaultsAndNoPath() {
        HealthCheck check = HealthCheck.tcp();

        assertThat(check.type()).isEqualTo(HealthCheck.Type.TCP);
        assertThat(check.path()).isNull();
        assertThat(check).extracting(HealthCheck::periodSeconds, HealthCheck::timeoutSeconds,
                HealthCheck::failureThreshold).containsExactly(5, 1, 3);
    }

    @Test
    void typesHaveLowerCaseWireNames() {
        assertThat(HealthCheck.Type.HTTP.wireName()).isEqualTo("http");
        assertThat(HealthCheck.Type.TCP.wireName()).isEqualTo("tcp");
    }

    @Test
    void theCheckedPortIsItsOwnOrElseTheAppsPort() {
        assertThat(HealthCheck.http("/").effectivePort(8080)).isEqualTo(8080);
        assertThat(http("/", 9090, 5, 1, 3).effectivePort(8080)).isEqualTo(9090);
        assertThat(HealthCheck.tcp().effectivePort(null)).isNull();
    }

    @Test
    void theDefaultChecksAreValidForAnAppWithAPort() {
        assertThat(errorsOf(e -> HealthCheck.http("/healthz").validate(e, "healthCheck", APP_PORT))).isEmpty();
        assertThat(errorsOf(e -> HealthCheck.tcp().validate(e, "healthCheck", APP_PORT))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"healthz", "", "/health z", "/héalth", "/tab\t"})
    void anHttpCheckNeedsAnAbsolutePathOfPrintableCharacters(String path) {
        assertThat(errorsOf(e -> HealthCheck.http(path).validate(e, "healthCheck", APP_PORT)))
                .containsExactly(new FieldError("healthCheck.path", "must be an absolute URL path such as \"/healthz\""));
    }

    @Test
    void anHttpCheckWithoutAPathIsReportedOnHealthCheckPath() {
        assertThat(fieldsOf(e -> HealthCheck.http(null).validate(e, "healthCheck", APP_PORT)))
                .containsExactly("healthCheck.path");
    }

    @Test
    void anHttpPathMayHaveAQueryButNotExceedOneThousandTwentyFourCharacters() {
        assertThat(errorsOf(e -> HealthCheck.http("/ready?full=1").validate(e, "healthCheck", APP_PORT))).isEmpty();
        assertThat(errorsOf(e -> HealthCheck.http("/" + "a".repeat(1023)).validate(e, "healthCheck", APP_PORT))).isEmpty();
        assertThat(fieldsOf(e -> HealthCheck.http("/" + "a".repeat(1024)).validate(e, "healthCheck", APP_PORT)))
                .containsExactly("healthCheck.path");
    }

    @Test
    void aTcpCheckWithAPathIsRejectedBecauseThePathWouldBeIgnored() {
        HealthCheck check = new HealthCheck(HealthCheck.Type.TCP, "/healthz", null, 5, 1, 3);

        assertThat(errorsOf(e -> check.validate(e, "healthCheck", APP_PORT)))
                .containsExactly(new FieldError("healthCheck.path", "applies only to \"http\" checks"));
    }

    @Test
    void aCheckWithoutATypeSaysWhichTypesThereAre() {
        HealthCheck check = new HealthCheck(null, null, null, 5, 1, 3);

        assertThat(errorsOf(e -> check.validate(e, "healthCheck", APP_PORT)))
                .containsExactly(new FieldError("healthCheck.type", "is required: \"http\" or \"tcp\""));
    }

    @Test
    void aCheckNeedsTheAppToPublishAPort() {
        assertThat(errorsOf(e -> HealthCheck.tcp().validate(e, "healthCheck", null))).containsExactly(
                new FieldError("healthCheck", "needs the app's port: only that port is published for probing"));
        assertThat(fieldsOf(e -> http("/", 8081, 5, 1, 3).validate(e, "healthCheck", null)))
                .containsExactly("healthCheck");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 8081})
    void aPortOtherThanTheAppsPortIsRejectedRatherThanIgnored(int port) {
        assertThat(errorsOf(e -> http("/", port, 5, 1, 3).validate(e, "healthCheck", APP_PORT)))
                .containsExactly(new FieldError("healthCheck.port", "must be the app's port (" + APP_PORT
                        + ") or left out: only that port is published for probing"));
    }

    @Test
    void thePortMayRepeatTheAppsPort() {
        assertThat(errorsOf(e -> http("/", APP_PORT, 5, 1, 3).validate(e, "healthCheck", APP_PORT))).isEmpty();
    }

    @Test
    void periodTimeoutAndThresholdAreAcceptedAtTheirBounds() {
        assertThat(errorsOf(e -> http("/", null, 1, 1, 1).validate(e, "healthCheck", APP_PORT))).isEmpty();
        assertThat(errorsOf(e -> http("/", null, 3600, 60, 100).validate(e, "healthCheck", APP_PORT))).isEmpty();
    }

    @Test
    void periodTimeoutAndThresholdBeyondTheirBoundsAreEachReported() {
        assertThat(errorsOf(e -> http("/", null, 0, 0, 0).validate(e, "healthCheck", APP_PORT))).containsExactly(
                new FieldError("healthCheck.periodSeconds", "must be between 1 and 3600"),
                new FieldError("healthCheck.timeoutSeconds", "must be between 1 and 60"),
                new FieldError("healthCheck.failureThreshold", "must be between 1 and 100"));
        assertThat(fieldsOf(e -> http("/", null, 3601, 61, 101).validate(e, "healthCheck", APP_PORT))).containsExactly(
                "healthCheck.periodSeconds", "healthCheck.timeoutSeconds", "healthCheck.failureThreshold");
    }
}
