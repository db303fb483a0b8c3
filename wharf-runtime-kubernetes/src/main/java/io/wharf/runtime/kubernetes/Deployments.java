package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.wharf.model.Amount;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.Strategy;

/**
 * The Deployment of an app: its replicas, its rolling update, and one pod template per revision.
 * With autoscaling the replicas are left out, so that the HorizontalPodAutoscaler owns them.
 */
final class Deployments {
    static final String CONTAINER = "app";

    private Deployments() {
    }

    static Deployment of(App app, SchedulingClass schedulingClass) {
        return of(app, schedulingClass, null);
    }

    /** @param pullSecret the Secret the kubelet pulls the image with, or null */
    static Deployment of(App app, SchedulingClass schedulingClass, String pullSecret) {
        Strategy strategy = app.strategy();
        return new DeploymentBuilder()
                .withNewMetadata().withName(ObjectNames.workload(app)).withNamespace(app.system())
                .withLabels(ObjectLabels.app(app)).endMetadata()
                .withNewSpec()
                .withReplicas(app.autoscale() == null ? Integer.valueOf(app.replicas()) : null)
                .withNewSelector().withMatchLabels(ObjectLabels.selector(app.key())).endSelector()
                .withProgressDeadlineSeconds(strategy.progressDeadlineSeconds())
                .withNewStrategy().withType("RollingUpdate").withNewRollingUpdate()
                .withMaxSurge(intOrPercent(strategy.maxSurge()))
                .withMaxUnavailable(intOrPercent(strategy.maxUnavailable()))
                .endRollingUpdate().endStrategy()
                .withNewTemplate()
                .withNewMetadata().withLabels(ObjectLabels.pod(app)).endMetadata()
                .withSpec(pod(app, schedulingClass, pullSecret))
                .endTemplate()
                .endSpec()
                .build();
    }

    /** A count is an integer on the wire; only a percentage is a string. */
    static IntOrString intOrPercent(Amount amount) {
        return amount.percent() ? new IntOrString(amount.toString()) : new IntOrString(amount.value());
    }

    private static PodSpec pod(App app, SchedulingClass schedulingClass, String pullSecret) {
        PodSpecBuilder pod = new PodSpecBuilder()
                .withContainers(container(app, schedulingClass))
                .withVolumes(FileVolumes.volumes(app))
                .withEnableServiceLinks(false)
                .withAutomountServiceAccountToken(false)
                .withSecurityContext(PodSecurity.pod());
        if (pullSecret != null) {
            pod.addNewImagePullSecret(pullSecret);
        }
        if (app.template().stopGraceSeconds() != null) {
            pod.withTerminationGracePeriodSeconds(app.template().stopGraceSeconds().longValue());
        }
        return PodScheduling.apply(pod, app, schedulingClass).build();
    }

    private static Container container(App app, SchedulingClass schedulingClass) {
        AppTemplate t = app.template();
        ContainerBuilder container = new ContainerBuilder()
                .withName(CONTAINER)
                .withImage(t.image())
                .withArgs(t.command())
                .withEnv(ContainerEnv.of(app))
                .withResources(PodResources.of(t.resources(), schedulingClass))
                .withReadinessProbe(Probes.readiness(t))
                .withSecurityContext(PodSecurity.container(t))
                .withVolumeMounts(FileVolumes.mounts(app));
        if (t.port() != null) {
            container.addNewPort().withName("app").withContainerPort(t.port()).withProtocol("TCP").endPort();
        }
        return container.build();
    }
}
