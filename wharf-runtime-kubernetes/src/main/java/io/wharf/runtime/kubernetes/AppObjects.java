package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.App;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Wharf applies for one app on one cluster, in the order it applies them: the system's
 * Namespace, the system's pull Secret for the image's registry, then what pods mount, then the Deployment, then what routes traffic to it.
 * A pure function of the app and the cluster's settings: no client is involved.
 */
public final class AppObjects {
    private final KubernetesSettings settings;
    private final SecretValues secrets;

    public AppObjects(KubernetesSettings settings, SecretValues secrets) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    public List<HasMetadata> of(App app) {
        SchedulingClass schedulingClass = settings.classes().of(app.template().type());
        List<HasMetadata> objects = new ArrayList<>();
        objects.add(namespace(app.system()));
        Optional<Secret> pullSecret = PullSecrets.of(app, secrets);
        pullSecret.ifPresent(objects::add);
        objects.addAll(FileObjects.configMaps(app));
        objects.addAll(FileObjects.secrets(app, secrets));
        objects.add(Deployments.of(app, schedulingClass, pullSecret.map(s -> s.getMetadata().getName()).orElse(null)));
        if (app.template().port() != null) {
            objects.add(Networking.service(app));
            objects.add(Networking.ingress(app, settings));
        }
        objects.add(disruptionBudget(app));
        if (app.autoscale() != null) {
            objects.add(Autoscalers.of(app));
        }
        return objects;
    }

    /** The system's Namespace carries no app label: it outlives each app of the system. */
    static Namespace namespace(String system) {
        return new NamespaceBuilder().withNewMetadata().withName(system).withLabels(ObjectLabels.system(system))
                .endMetadata().build();
    }

    /** Voluntary evictions (node drains) take at most one instance of the app at a time. */
    static PodDisruptionBudget disruptionBudget(App app) {
        return new PodDisruptionBudgetBuilder()
                .withNewMetadata().withName(ObjectNames.workload(app)).withNamespace(app.system())
                .withLabels(ObjectLabels.app(app)).endMetadata()
                .withNewSpec().withMaxUnavailable(new IntOrString(1))
                .withNewSelector().withMatchLabels(ObjectLabels.selector(app.key())).endSelector()
                .endSpec()
                .build();
    }
}
