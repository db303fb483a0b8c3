package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.InternalServerErrorException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.wharf.model.AppKey;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmallPartsTest {
    @Test
    void theStopTimeoutIsTheGraceInWholeSecondsRoundedUpAndAtLeastOne() {
        assertThat(ContainerRemover.stopSeconds(Duration.ZERO)).isEqualTo(1);
        assertThat(ContainerRemover.stopSeconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(ContainerRemover.stopSeconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(ContainerRemover.stopSeconds(Duration.ofSeconds(30))).isEqualTo(30);
    }

    @Test
    void dockerErrorsReadAsTheServersOwnMessage() {
        NotFoundException e = new NotFoundException("{\"cause\":\"image not known\",\"message\":\"no such image:"
                + " localhost/x:1: image not known\",\"response\":404}\n");

        assertThat(DockerErrors.message(e)).isEqualTo("no such image: localhost/x:1: image not known");
        assertThat(DockerErrors.message(new IllegalStateException("plain"))).isEqualTo("plain");
    }

    @Test
    void podmansServerErrorForAContainerBeingRemovedCountsAsGone() {
        InternalServerErrorException e = new InternalServerErrorException("{\"cause\":\"no such container\","
                + "\"message\":\"no such container: 4f2a\",\"response\":500}\n");

        assertThat(DockerErrors.isNoSuchContainer(e)).isTrue();
        assertThat(DockerErrors.isNoSuchContainer(new InternalServerErrorException("{\"message\":\"disk full\"}")))
                .isFalse();
    }

    @Test
    void theIndexForgetsAContainerWithoutForgettingANewerOneOfTheSameInstance() {
        ContainerIndex index = new ContainerIndex();
        InstanceRef ref = new InstanceRef("web-1", new AppKey("s", "web"), 1);
        index.put("old", ref);
        index.put("new", ref);

        index.forgetContainer("old");

        assertThat(index.container("web-1")).contains("new");
        assertThat(index.ref("old")).isEmpty();
        index.forget("web-1");
        assertThat(index.container("web-1")).isEmpty();
        assertThat(index.ref("new")).isEmpty();
    }

    @Test
    void thePidsLimitSettingDefaultsTo1024AndMustBeAPositiveWholeNumber() {
        assertThat(PodmanRuntimeProvider.pidsLimit(null)).isEqualTo(1024);
        assertThat(PodmanRuntimeProvider.pidsLimit(" 256 ")).isEqualTo(256);
        for (String bad : java.util.List.of("0", "-1", "many")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> PodmanRuntimeProvider.pidsLimit(bad))
                    .isInstanceOf(io.wharf.engine.EngineException.class).hasMessageContaining("pidsLimit");
        }
    }
}
