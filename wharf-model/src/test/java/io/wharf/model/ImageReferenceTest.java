package io.wharf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void takesARegistryWithAPortApartFromItsRepositoryAndTag() {
        ImageReference ref = ImageReference.parse("127.0.0.1:5000/demo/web:1.4");
        assertThat(ref).isEqualTo(new ImageReference("127.0.0.1:5000", "demo/web", "1.4", null));
        assertThat(ref.host()).isEqualTo("127.0.0.1");
        assertThat(ref.manifestReference()).isEqualTo("1.4");
        assertThat(ref.localOnly()).isFalse();
    }

    @Test
    void readsNamesWithoutARegistryAsTheDefaultRegistrysAsDockerDoes() {
        assertThat(ImageReference.parse("busybox")).isEqualTo(new ImageReference("docker.io", "library/busybox", null, null));
        assertThat(ImageReference.parse("team/app:2").registry()).isEqualTo("docker.io");
        assertThat(ImageReference.parse("busybox").manifestReference()).isEqualTo("latest");
    }

    @Test
    void knowsThatLocallyBuiltImagesComeFromNoRegistry() {
        assertThat(ImageReference.parse("localhost/wharf/hello:1").localOnly()).isTrue();
    }

    @Test
    void pinsARepositoryToADigestDroppingTheTag() {
        ImageReference pinned = ImageReference.parse("registry.example.org/team/app:1").pinned(DIGEST);
        assertThat(pinned.toString()).isEqualTo("registry.example.org/team/app@" + DIGEST);
        assertThat(ImageReference.parse(pinned.toString())).isEqualTo(pinned);
        assertThat(pinned.manifestReference()).isEqualTo(DIGEST);
    }

    @Test
    void refusesWhatIsNoImageReference() {
        assertThatThrownBy(() -> ImageReference.parse("Not An Image")).isInstanceOf(IllegalArgumentException.class);
    }
}
