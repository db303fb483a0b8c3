package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageDigestsTest {
    @Test
    void theRepositoryOfAnImageIsItsNameWithoutTheTagButWithTheRegistryPort() {
        assertThat(ImageDigests.repository("localhost/wharf/hello:2")).isEqualTo("localhost/wharf/hello");
        assertThat(ImageDigests.repository("registry:5000/team/app:1.4")).isEqualTo("registry:5000/team/app");
        assertThat(ImageDigests.repository("registry:5000/team/app")).isEqualTo("registry:5000/team/app");
        assertThat(ImageDigests.repository("busybox")).isEqualTo("busybox");
    }

    @Test
    void anImageNamedByDigestIsPinnedAlready() {
        String pinned = "localhost/wharf/hello@sha256:" + "a".repeat(64);

        assertThat(ImageDigests.pinned(null, pinned)).contains(pinned);
    }
}
