package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.AppEvent;
import io.wharf.model.AppTemplate;
import io.wharf.model.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageRuleTest {
    private final ImageRule rule = new ImageRule();

    private static Given withImage(String image) {
        return Given.app().template(new AppTemplate(image, 8080, null, List.of(), Map.of(), Resources.NONE, null));
    }

    @Test
    void aLocalImageThatIsNotThereIsMissing() {
        Facts facts = withImage("localhost/wharf/nope:1")
                .event(3, AppEvent.WARNING, "ImagePullFailed", "could not start an instance: cannot start instance hello-a:"
                        + " image localhost/wharf/nope:1 is not present locally, and no registry serves localhost/ images:"
                        + " build or load it first").facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ImageMissing);
            assertThat(f.message()).isEqualTo("image localhost/wharf/nope:1 is not in local storage and no registry"
                    + " serves localhost/ images");
            assertThat(f.evidence()).singleElement().asString().startsWith("12:00:03Z ImagePullFailed: could not start");
            assertThat(f.action()).contains("wharf deploy SYSTEM/APP --image IMAGE");
        });
    }

    @Test
    void aRegistryThatDoesNotKnowTheImageMakesItMissingToo() {
        Facts facts = withImage("127.0.0.1:7050/demo/web:9")
                .event(3, AppEvent.WARNING, "FailedStart", "could not start an instance: cannot pull image"
                        + " 127.0.0.1:7050/demo/web:9: reading manifest 9 in 127.0.0.1:7050/demo/web: manifest unknown")
                .facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ImageMissing);
            assertThat(f.message()).isEqualTo("image 127.0.0.1:7050/demo/web:9 is not in local storage and no registry has it");
        });
    }

    @Test
    void anyOtherPullFailureGivesTheRegistrysReason() {
        Facts facts = withImage("registry.example/shop/web:1")
                .event(3, AppEvent.WARNING, "FailedStart", "could not start an instance: cannot pull image"
                        + " registry.example/shop/web:1: unauthorized: authentication required").facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.ImagePullFailed);
            assertThat(f.message()).isEqualTo("image registry.example/shop/web:1 could not be pulled: unauthorized:"
                    + " authentication required");
            assertThat(f.action()).contains("wharf registry");
        });
    }

    @Test
    void aRunningInstanceOfTheReleaseProvesTheImageIsThere() {
        Facts facts = withImage("localhost/wharf/nope:1").instance("hello-a", true, 5)
                .event(3, AppEvent.WARNING, "ImagePullFailed", "cannot start instance hello-b: image localhost/wharf/nope:1"
                        + " is not present locally").facts();

        assertThat(rule.apply(facts)).isEmpty();
    }

    @Test
    void failuresOfAnotherImageOrOtherStartFailuresAreNotThisRules() {
        Facts facts = withImage("localhost/wharf/hello:2")
                .event(9, AppEvent.WARNING, "FailedStart", "could not start an instance: the runtime is down")
                .event(3, AppEvent.WARNING, "ImagePullFailed", "cannot start instance hello-b: image localhost/wharf/hello:1"
                        + " is not present locally").facts();

        assertThat(rule.apply(facts)).isEmpty();
    }
}
