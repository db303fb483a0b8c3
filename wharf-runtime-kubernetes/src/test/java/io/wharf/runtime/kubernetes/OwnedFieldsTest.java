package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import org.junit.jupiter.api.Test;

class OwnedFieldsTest {
    private final Deployment desired = AppObjectsTest.deployment(TestApps.web());

    @Test
    void fieldsThatTheServerAddsDoNotCountAsAChange() {
        Deployment live = new DeploymentBuilder(desired)
                .editMetadata().withResourceVersion("42").withUid("u-1").addToAnnotations("deployment.kubernetes.io/revision", "3")
                .endMetadata()
                .editSpec().withRevisionHistoryLimit(10).editTemplate().editSpec().withDnsPolicy("ClusterFirst")
                .editFirstContainer().withImagePullPolicy("IfNotPresent").endContainer().endSpec().endTemplate().endSpec()
                .withNewStatus().withReadyReplicas(3).endStatus()
                .build();

        assertThat(OwnedFields.hold(live, desired)).isTrue();
    }

    @Test
    void aFieldWharfSetsWithAnotherValueIsAChange() {
        Deployment live = new DeploymentBuilder(desired).editSpec().withReplicas(1).endSpec().build();

        assertThat(OwnedFields.hold(live, desired)).isFalse();
    }

    @Test
    void anExtraOrMissingListElementIsAChange() {
        Deployment extraEnv = new DeploymentBuilder(desired).editSpec().editTemplate().editSpec().editFirstContainer()
                .addNewEnv().withName("EXTRA").withValue("1").endEnv().endContainer().endSpec().endTemplate().endSpec()
                .build();

        assertThat(OwnedFields.hold(extraEnv, desired)).isFalse();
    }

    @Test
    void aMissingObjectIsAChange() {
        assertThat(OwnedFields.hold(null, desired)).isFalse();
    }
}
