package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppTemplateTest {
    private static final String IMAGE = "localhost/wharf/hello:1";

    private static AppTemplate template(String image, Integer port) {
        return new AppTemplate(image, port, null, null, null, null, null);
    }

    private static AppTemplate withCommand(List<String> command) {
        return new AppTemplate(IMAGE, 8080, null, command, null, null, null);
    }

    private static AppTemplate withEnv(Map<String, String> env) {
        return new AppTemplate(IMAGE, 8080, null, null, env, null, null);
    }

    @Test
    void unsetFieldsGetDefaults() {
        AppTemplate t = template(IMAGE, null);

        assertThat(t.type()).isEqualTo(AppType.ONLINE);
        assertThat(t.command()).isEmpty();
        assertThat(t.env()).isEmpty();
        assertThat(t.resources()).isEqualTo(Resources.NONE);
        assertThat(t.healthCheck()).isNull();
    }

    @Test
    void aTemplateDoesNotChangeWhenTheListsItWasMadeFromChange() {
        List<String> command = new ArrayList<>(List.of("serve"));
        Map<String, String> env = new HashMap<>(Map.of("MODE", "prod"));
        AppTemplate t = new AppTemplate(IMAGE, 8080, null, command, env, null, null);

        command.add("--debug");
        env.put("MODE", "dev");

        assertThat(t.command()).containsExactly("serve");
        assertThat(t.env()).containsExactly(Map.entry("MODE", "prod"));
    }

    @Test
    void templatesWithTheSameContentAreEqual() {
        assertThat(withEnv(Map.of("A", "1"))).isEqualTo(withEnv(new HashMap<>(Map.of("A", "1"))));
        assertThat(withEnv(Map.of("A", "1"))).isNotEqualTo(withEnv(Map.of("A", "2")));
    }

    @Test
    void aMinimalTemplateIsValid() {
        assertThat(errorsOf(template(IMAGE, null)::validate)).isEmpty();
    }

    @Test
    void theImageIsRequired() {
        assertThat(errorsOf(template(null, 8080)::validate)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("image");
            assertThat(e.message()).startsWith("is required");
        });
        assertThat(fieldsOf(template("", 8080)::validate)).containsExactly("image");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "hello:1", "localhost/wharf/hello:1", "localhost:5000/team/app:v1.2-rc_3",
            "registry.example.com/a/b/c:latest", "my-registry/app__x",
            "app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"})
    void imageReferencesAreAccepted(String image) {
        assertThat(AppTemplate.isImageReference(image)).isTrue();
        assertThat(errorsOf(template(image, null)::validate)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hello", "hello:", "hello world", "/hello", "hello/", "-hello",
            "app@sha256:123", "http://registry/app"})
    void somethingThatIsNoImageReferenceIsRejectedWithHowToWriteOne(String image) {
        assertThat(AppTemplate.isImageReference(image)).isFalse();
        assertThat(errorsOf(template(image, null)::validate)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("image");
            assertThat(e.message()).isEqualTo("'" + image + "' is not an image reference: "
                    + "write [registry/]repository[:tag][@sha256:digest] in lower case");
        });
    }

    @Test
    void anImageReferenceLongerThan512CharactersIsRejected() {
        assertThat(AppTemplate.isImageReference("a".repeat(512))).isTrue();
        assertThat(AppTemplate.isImageReference("a".repeat(513))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -80, 65536})
    void aPortOutsideOneTo65535IsRejected(int port) {
        assertThat(errorsOf(template(IMAGE, port)::validate))
                .containsExactly(new FieldError("port", "must be between 1 and 65535"));
    }

    @Test
    void portsOneAnd65535AreAccepted() {
        assertThat(errorsOf(template(IMAGE, 1)::validate)).isEmpty();
        assertThat(errorsOf(template(IMAGE, 65535)::validate)).isEmpty();
    }

    @Test
    void aCommandArgumentWithANulCharacterIsReportedByItsIndex() {
        assertThat(errorsOf(withCommand(List.of("sh", "-c", "echo\0hi"))::validate))
                .containsExactly(new FieldError("command[2]", "must be a string without NUL characters"));
    }

    @Test
    void aCommandMayHaveAtMost256Arguments() {
        assertThat(errorsOf(withCommand(Collections.nCopies(256, "x"))::validate)).isEmpty();
        assertThat(errorsOf(withCommand(Collections.nCopies(257, "x"))::validate))
                .containsExactly(new FieldError("command", "must have at most 256 arguments"));
    }

    @Test
    void aNullCommandArgumentIsReportedAsAFieldErrorNotAsAnException() {
        AppTemplate t = withCommand(Arrays.asList("serve", null));

        assertThat(errorsOf(t::validate))
                .containsExactly(new FieldError("command[1]", "must be a string without NUL characters"));
    }

    @Test
    void userVariablesWithValidNamesAreAccepted() {
        assertThat(errorsOf(withEnv(Map.of("MODE", "prod", "_x1", "", "lower_case", "v")) ::validate)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1ST", "MY-VAR", "A B", "WHARF_APP", "WHARF_ANYTHING", ""})
    void aVariableNameThatIsInvalidOrReservedForWharfIsReportedOnItsField(String name) {
        assertThat(errorsOf(withEnv(Map.of(name, "v"))::validate)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("env." + name);
            assertThat(e.message()).contains("not a valid variable name").contains("WHARF_");
        });
    }

    @Test
    void aVariableValueMayHave32768CharactersButNoMoreAndNoNul() {
        assertThat(errorsOf(withEnv(Map.of("BIG", "v".repeat(32_768)))::validate)).isEmpty();
        assertThat(fieldsOf(withEnv(Map.of("BIG", "v".repeat(32_769)))::validate)).containsExactly("env.BIG");
        assertThat(fieldsOf(withEnv(Map.of("NUL", "a\0b"))::validate)).containsExactly("env.NUL");
    }

    @Test
    void aNullVariableValueIsReportedAsAFieldErrorNotAsAnException() {
        Map<String, String> env = new HashMap<>();
        env.put("MODE", null);

        assertThat(errorsOf(withEnv(env)::validate))
                .containsExactly(new FieldError("env.MODE", "must be a string of at most 32768 characters without NUL"));
    }

    @Test
    void atMost512VariablesAreAllowed() {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < 512; i++) {
            env.put("V" + i, "x");
        }
        assertThat(errorsOf(withEnv(env)::validate)).isEmpty();

        env.put("ONE_TOO_MANY", "x");
        assertThat(errorsOf(withEnv(env)::validate)).containsExactly(new FieldError("env", "must have at most 512 variables"));
    }

    @Test
    void resourceAndHealthCheckErrorsCarryTheirFieldPaths() {
        AppTemplate t = new AppTemplate(IMAGE, 8080, AppType.BATCH, null, null, new Resources("lots", "1Mi"),
                HealthCheck.http("healthz"));

        assertThat(fieldsOf(t::validate)).containsExactly("resources.cpu", "resources.memory", "healthCheck.path");
    }

    @Test
    void aHealthCheckWithoutAPortNeedsTheAppToHaveOne() {
        AppTemplate t = new AppTemplate(IMAGE, null, null, null, null, null, HealthCheck.tcp());

        assertThat(errorsOf(t::validate)).containsExactly(new FieldError("healthCheck",
                "needs the app's port: only that port is published for probing"));
    }

    @Test
    void everyProblemOfATemplateIsReportedAtOnce() {
        AppTemplate t = new AppTemplate("Bad Image", 0, null, List.of("ok", "a\0"), Map.of("WHARF_X", "1"),
                new Resources("0", null), new HealthCheck(HealthCheck.Type.HTTP, "/", null, 0, 1, 3));

        assertThat(fieldsOf(t::validate)).containsExactly(
                "image", "port", "command[1]", "env.WHARF_X", "resources.cpu", "healthCheck.periodSeconds");
    }
}
