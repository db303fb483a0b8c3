package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.wharf.model.App;
import org.junit.jupiter.api.Test;

class ObjectApplierFailureTest {
    @Test
    void anUnreachableClusterIsAKubernetesRuntimeExceptionThatNamesTheObjectAndNoSecretValue() {
        App app = TestApps.web();
        try (KubernetesClient unreachable = new KubernetesClientBuilder().withConfig(new ConfigBuilder()
                .withMasterUrl("http://127.0.0.1:1").withRequestRetryBackoffLimit(0).withConnectionTimeout(1000)
                .build()).build()) {
            ObjectApplier applier = new ObjectApplier(unreachable);

            assertThatThrownBy(() -> applier.apply(app.key(), TestApps.objects().of(app)))
                    .isInstanceOf(KubernetesRuntimeException.class)
                    .hasMessageStartingWith("cannot apply Namespace/shop")
                    .hasMessageNotContaining("s3cret");
        }
    }
}
