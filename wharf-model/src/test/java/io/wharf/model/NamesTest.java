package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"web", "a", "7", "web-1", "1st-app", "a--b", "x9"})
    void lowerCaseLettersDigitsAndInnerDashesMakeAValidName(String name) {
        assertThat(Names.isDnsLabel(name)).isTrue();
    }

    @Test
    void aNameWithUppercaseLettersIsRejected() {
        assertThat(Names.isDnsLabel("Web")).isFalse();
        assertThat(Names.isDnsLabel("WEB")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-web", "web-", "-", "web_1", "web.demo", "web 1", "wéb", "web/1", " web"})
    void aNameThatIsNoDnsLabelIsRejected(String name) {
        assertThat(Names.isDnsLabel(name)).isFalse();
    }

    @Test
    void aNameMayHaveSixtyThreeCharactersButNotSixtyFour() {
        assertThat(Names.MAX_LENGTH).isEqualTo(63);
        assertThat(Names.isDnsLabel("a".repeat(63))).isTrue();
        assertThat(Names.isDnsLabel("a".repeat(64))).isFalse();
    }

    @Test
    void nullAndEmptyAreNotNames() {
        assertThat(Names.isDnsLabel(null)).isFalse();
        assertThat(Names.isDnsLabel("")).isFalse();
    }

    @Test
    void aMissingNameIsReportedAsRequiredOnItsField() {
        assertThat(errorsOf(e -> Names.check(e, "name", null))).containsExactly(new FieldError("name", "is required"));
        assertThat(errorsOf(e -> Names.check(e, "system", ""))).containsExactly(new FieldError("system", "is required"));
    }

    @Test
    void anInvalidNameIsReportedWithWhatAValidNameLooksLike() {
        assertThat(errorsOf(e -> Names.check(e, "name", "My_App"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("name");
            assertThat(error.message()).startsWith("'My_App' is not a valid name")
                    .contains("at most 63", "lower-case letters, digits and '-'", "starting and ending with a letter or digit");
        });
    }

    @Test
    void aValidNameAddsNoError() {
        assertThat(errorsOf(e -> Names.check(e, "name", "web"))).isEmpty();
    }

    @Test
    void aVeryLongInvalidNameIsShortenedInTheMessage() {
        String name = "X".repeat(500);

        String message = errorsOf(e -> Names.check(e, "name", name)).get(0).message();

        assertThat(message).startsWith("'" + "X".repeat(77) + "...'").doesNotContain("X".repeat(78));
    }

    @Test
    void requireValidReturnsAValidNameAndThrowsForAnInvalidOne() {
        assertThat(Names.requireValid("system", "demo")).isEqualTo("demo");
        assertThatThrownBy(() -> Names.requireValid("system", "Demo"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("system"));
    }
}
