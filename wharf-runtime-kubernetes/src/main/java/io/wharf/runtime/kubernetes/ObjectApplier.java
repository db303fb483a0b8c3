package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.wharf.model.AppKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Makes a cluster hold exactly the desired objects of one app: server-side applies (field manager
 * {@code wharf}, forcing conflicts) each object whose Wharf-set fields differ from the live ones,
 * then deletes the app's objects, found by its labels, that are no longer desired.
 */
public final class ObjectApplier {
    public static final String FIELD_MANAGER = "wharf";
    /** The kinds an app owns; the Namespace belongs to the system and is never deleted here. */
    static final List<Class<? extends HasMetadata>> APP_KINDS = List.of(ConfigMap.class, Secret.class,
            Deployment.class, Service.class, Ingress.class, PodDisruptionBudget.class, HorizontalPodAutoscaler.class);

    private final KubernetesClient client;

    public ObjectApplier(KubernetesClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    public ApplyReport apply(AppKey app, List<HasMetadata> desired) {
        return apply(app, desired, Set.of());
    }

    /** @param keep objects ({@code Kind/name}) no longer desired that must stay for now, for example mounted ones */
    public ApplyReport apply(AppKey app, List<HasMetadata> desired, Set<String> keep) {
        List<String> applied = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (HasMetadata object : desired) {
            (write(object) ? applied : unchanged).add(describe(object));
        }
        return new ApplyReport(applied, unchanged, prune(app, desired, keep));
    }

    /** Deletes every object of the app; the system's Namespace stays for its other apps. */
    public ApplyReport delete(AppKey app) {
        return apply(app, List.of());
    }

    private boolean write(HasMetadata object) {
        try {
            if (OwnedFields.hold(client.resource(object).get(), object)) {
                return false;
            }
            client.resource(object).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
            return true;
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cannot apply " + describe(object) + " in namespace "
                    + object.getMetadata().getNamespace() + ": " + e.getMessage(), e);
        }
    }

    private List<String> prune(AppKey app, List<HasMetadata> desired, Set<String> keep) {
        Set<String> wanted = new HashSet<>(keep);
        desired.forEach(object -> wanted.add(describe(object)));
        List<String> deleted = new ArrayList<>();
        for (Class<? extends HasMetadata> kind : APP_KINDS) {
            for (HasMetadata live : owned(app, kind)) {
                if (!wanted.contains(describe(live))) {
                    delete(live);
                    deleted.add(describe(live));
                }
            }
        }
        return deleted;
    }

    private List<? extends HasMetadata> owned(AppKey app, Class<? extends HasMetadata> kind) {
        try {
            return client.resources(kind).inNamespace(app.system()).withLabels(ObjectLabels.selector(app)).list()
                    .getItems();
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cannot list " + kind.getSimpleName() + " objects of " + app
                    + ": " + e.getMessage(), e);
        }
    }

    private void delete(HasMetadata live) {
        try {
            client.resource(live).delete();
        } catch (KubernetesClientException e) {
            throw new KubernetesRuntimeException("cannot delete " + describe(live) + ": " + e.getMessage(), e);
        }
    }

    static String describe(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }
}
