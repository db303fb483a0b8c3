package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountedObjectsTest {
    @Test
    void podsOfTheAppNameTheConfigMapsAndSecretsTheyMountOrReadInTheirEnvironment() {
        Deployment deployment = TestApps.objects().of(TestApps.web()).stream().filter(Deployment.class::isInstance)
                .map(Deployment.class::cast).findFirst().orElseThrow();
        Pod pod = new PodBuilder().withNewMetadata().withName("web-1").endMetadata()
                .withSpec(deployment.getSpec().getTemplate().getSpec()).build();

        assertThat(MountedObjects.of(List.of(pod))).containsExactly(
                "ConfigMap/web-config-app-" + ObjectNames.contentHash(TestApps.web().template().configs().get(0)),
                "Secret/web-secret-db-v1", "Secret/web-secret-token-v2");
    }

    @Test
    void noPodsMountNothing() {
        assertThat(MountedObjects.of(List.of())).isEmpty();
        assertThat(MountedObjects.of(List.of(new PodBuilder().withNewMetadata().withName("bare").endMetadata().build())))
                .isEmpty();
    }
}
