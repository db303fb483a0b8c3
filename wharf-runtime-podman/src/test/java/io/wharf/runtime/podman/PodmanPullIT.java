package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.engine.runtime.ImagePullException;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.testkit.TestRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Images that local storage lacks are pulled from their registry, with the system's credentials. */
class PodmanPullIT extends AbstractPodmanRuntimeIT {
    PodmanPullIT() {
        super("pull");
    }

    private InstanceSpec spec(String image, RegistryAuth auth) {
        InstanceSpec s = PodmanTests.spec(app, List.of(), 0, 0, 0);
        return new InstanceSpec(s.id(), s.app(), s.revision(), image, s.command(), s.env(), s.port(), 0, 0, 0,
                s.labels(), List.of(), List.of(), auth);
    }

    @Test
    void anImageOnlyTheRegistryHasIsPulledAndRuns() {
        try (TestRegistry registry = TestRegistry.start()) {
            String image = registry.pushUnique(PodmanTests.IMAGE, "demo/only-there:1");

            RuntimeInstance started = runtime.start(spec(image, null));

            assertThat(started.running()).isTrue();
            assertThat(runtime.pinned(image)).hasValue(registry.image("demo/only-there@" + registry.digest("demo/only-there:1")));
        }
    }

    @Test
    void anImagePinnedByDigestIsPulledByThatDigest() {
        try (TestRegistry registry = TestRegistry.start()) {
            registry.pushUnique(PodmanTests.IMAGE, "demo/pinned:1");
            String pinned = registry.image("demo/pinned@" + registry.digest("demo/pinned:1"));

            assertThat(runtime.start(spec(pinned, null)).running()).isTrue();
        }
    }

    @Test
    void aTagTheRegistryDoesNotHaveFailsAtOnceWithTheRegistrysReason() {
        try (TestRegistry registry = TestRegistry.start()) {
            long before = System.nanoTime();

            assertThatThrownBy(() -> runtime.start(spec(registry.image("demo/none:404"), null)))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("manifest unknown");
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(10));
        }
    }

    @Test
    void anUnreachableRegistryFailsWithTheReason() {
        String image;
        try (TestRegistry registry = TestRegistry.start()) {
            image = registry.image("demo/gone:1");
        }
        assertThatThrownBy(() -> runtime.start(spec(image, null)))
                .isInstanceOf(ImagePullException.class).hasMessageContaining("connection refused");
    }

    @Test
    void aRegistryWithUsersRefusesAnonymousPullsAndServesTheSystemsCredentials() {
        try (TestRegistry registry = TestRegistry.withUser("ci", "pull-secret-1")) {
            String image = registry.pushUnique(PodmanTests.IMAGE, "demo/private:1");

            assertThatThrownBy(() -> runtime.start(spec(image, null)))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("authentication required");
            assertThatThrownBy(() -> runtime.start(spec(image, new RegistryAuth("ci", "wrong"))))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("unauthorized")
                    .hasMessageNotContaining("wrong");
            assertThat(runtime.start(spec(image, new RegistryAuth("ci", "pull-secret-1"))).running()).isTrue();
        }
    }

    @Test
    void anImageAnotherSystemPulledWithItsLoginIsNotRunWithoutOneFromTheCopyInLocalStorage() {
        try (TestRegistry registry = TestRegistry.withUser("ci", "pull-secret-2")) {
            String image = registry.pushUnique(PodmanTests.IMAGE, "demo/private:2");
            assertThat(runtime.start(spec(image, new RegistryAuth("ci", "pull-secret-2"))).running()).isTrue();

            assertThatThrownBy(() -> runtime.start(spec(image, null)))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("authentication required");
        }
    }

    @Test
    void aSystemsOwnBuildInWharfsOwnRegistryPinnedAndHereStartsWithoutAskingTheRegistryAgain() {
        String own;
        String others;
        TestRegistry registry = TestRegistry.start();
        try (registry) {
            registry.pushUnique(PodmanTests.IMAGE, app.system() + "/built:1");
            own = registry.image(app.system() + "/built@" + registry.digest(app.system() + "/built:1"));
            registry.pushUnique(PodmanTests.IMAGE, "someone-else/built:1");
            others = registry.image("someone-else/built@" + registry.digest("someone-else/built:1"));
            assertThat(runtime.start(spec(own, null)).running()).isTrue();
            assertThat(runtime.start(spec(others, null)).running()).isTrue();
        }
        try (PodmanRuntime withOwnRegistry = (PodmanRuntime) new PodmanRuntimeProvider().create(
                Map.of("home", home.toString(), "ownRegistry", registry.address()))) {

            assertThat(withOwnRegistry.start(spec(own, null)).running()).isTrue();
            assertThatThrownBy(() -> withOwnRegistry.start(spec(others, null)))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("connection refused");
            assertThatThrownBy(() -> runtime.start(spec(own, null)))
                    .isInstanceOf(ImagePullException.class).hasMessageContaining("connection refused");
        }
    }

    @Test
    void aLocallyBuiltImageThatIsMissingIsNotPulledAndSaysSo() {
        assertThatThrownBy(() -> runtime.start(spec("localhost/wharf/never-built:1", null)))
                .isInstanceOf(ImagePullException.class).hasMessageContaining("is not present locally");
    }
}
