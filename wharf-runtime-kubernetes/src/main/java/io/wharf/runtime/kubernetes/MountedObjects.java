package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ConfigMaps and Secrets that running pods still mount or read, as {@code Kind/name}: during a
 * rollout the old pods need their old files, so these are not pruned until those pods are gone.
 */
final class MountedObjects {
    private MountedObjects() {
    }

    static Set<String> of(Collection<Pod> pods) {
        Set<String> mounted = new TreeSet<>();
        for (Pod pod : pods) {
            if (pod.getSpec() == null) {
                continue;
            }
            for (Volume volume : pod.getSpec().getVolumes()) {
                if (volume.getConfigMap() != null) {
                    mounted.add("ConfigMap/" + volume.getConfigMap().getName());
                }
                if (volume.getSecret() != null) {
                    mounted.add("Secret/" + volume.getSecret().getSecretName());
                }
            }
            for (Container container : pod.getSpec().getContainers()) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null) {
                        mounted.add("Secret/" + env.getValueFrom().getSecretKeyRef().getName());
                    }
                }
            }
        }
        return mounted;
    }
}
