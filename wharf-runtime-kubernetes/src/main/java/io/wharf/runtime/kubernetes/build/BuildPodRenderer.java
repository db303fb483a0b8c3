package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.VolumeMountBuilder;
import io.wharf.engine.runtime.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A build as a Pod, a pure function: init containers {@value #CLONE} (git) and {@value #BUILD}
 * (buildah bud) run in order, then {@value #PUSH} (buildah push) writes the digest to its
 * termination message. They share the clone and buildah's storage on emptyDirs. The pod never
 * restarts, ends at the build's timeout ({@code activeDeadlineSeconds}), mounts no service account
 * token, and holds no credential: those are in the Secrets it names (see {@link BuildSecrets}).
 */
public final class BuildPodRenderer {
    public static final String CLONE = "clone";
    public static final String BUILD = "build";
    public static final String PUSH = "push";
    /** The label that marks a build pod and its Secrets, valued with the build's id. */
    public static final String BUILD_LABEL = "wharf.io/build";
    private static final String WORKSPACE = "workspace";
    private static final String STORAGE = "storage";
    private static final String REGISTRY_AUTH = "registry-auth";
    private static final String SECRETS = "build-secrets";
    private static final int READ_ONLY_BY_OWNER = 0400;

    private final BuildPodSettings settings;

    public BuildPodRenderer(BuildPodSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public Pod render(BuildPodSpec spec) {
        return new PodBuilder()
                .withNewMetadata().withName(spec.podName()).withNamespace(spec.system()).withLabels(labels(spec))
                .endMetadata()
                .withNewSpec()
                .withRestartPolicy("Never")
                .withActiveDeadlineSeconds(spec.timeout().toSeconds())
                .withAutomountServiceAccountToken(false)
                .withEnableServiceLinks(false)
                .withSecurityContext(BuildPodSecurity.pod())
                .withInitContainers(clone(spec), buildah(BUILD, BuildArgv.build(spec), spec, true))
                .withContainers(buildah(PUSH, BuildArgv.push(spec), spec, false))
                .withVolumes(volumes(spec))
                .endSpec()
                .build();
    }

    static Map<String, String> labels(BuildPodSpec spec) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("app.kubernetes.io/managed-by", "wharf");
        labels.put(Labels.SYSTEM, spec.system());
        labels.put(Labels.APP, spec.app());
        labels.put(BUILD_LABEL, spec.buildId());
        return labels;
    }

    private Container clone(BuildPodSpec spec) {
        List<EnvVar> env = new ArrayList<>(List.of(env("GIT_TERMINAL_PROMPT", "0")));
        if (spec.gitSecret() != null) {
            env.add(env("GIT_CONFIG_COUNT", "1"));
            env.add(env("GIT_CONFIG_KEY_0", "http.extraHeader"));
            env.add(new EnvVarBuilder().withName("GIT_CONFIG_VALUE_0").withNewValueFrom().withNewSecretKeyRef()
                    .withName(spec.gitSecret()).withKey(BuildSecrets.GIT_HEADER_KEY).endSecretKeyRef().endValueFrom()
                    .build());
        }
        return container(CLONE, settings.gitImage(), BuildArgv.clone(spec), BuildPodSecurity.cloner())
                .withEnv(env).withVolumeMounts(mount(WORKSPACE, BuildArgv.WORKSPACE, false)).build();
    }

    private Container buildah(String name, List<String> argv, BuildPodSpec spec, boolean building) {
        List<VolumeMount> mounts = new ArrayList<>(List.of(mount(STORAGE, BuildArgv.STORAGE, false)));
        if (building) {
            mounts.add(mount(WORKSPACE, BuildArgv.WORKSPACE, true));
        }
        if (spec.registrySecret() != null) {
            mounts.add(mount(REGISTRY_AUTH, BuildArgv.REGISTRY_AUTH, true));
        }
        if (building && !spec.secretIds().isEmpty()) {
            mounts.add(mount(SECRETS, BuildArgv.SECRETS, true));
        }
        return container(name, settings.buildahImage(), argv, BuildPodSecurity.buildah(settings))
                .withVolumeMounts(mounts).build();
    }

    private ContainerBuilder container(String name, String image, List<String> argv, SecurityContext security) {
        return new ContainerBuilder().withName(name).withImage(image).withImagePullPolicy("IfNotPresent")
                .withCommand(argv).withSecurityContext(security).withResources(resources())
                .withTerminationMessagePolicy("File");
    }

    private ResourceRequirements resources() {
        Map<String, Quantity> limits = Map.of("cpu", new Quantity(settings.cpu()), "memory", new Quantity(settings.memory()));
        return new ResourceRequirementsBuilder().withRequests(limits).withLimits(limits).build();
    }

    private static List<Volume> volumes(BuildPodSpec spec) {
        List<Volume> volumes = new ArrayList<>();
        volumes.add(new VolumeBuilder().withName(WORKSPACE).withNewEmptyDir().endEmptyDir().build());
        volumes.add(new VolumeBuilder().withName(STORAGE).withNewEmptyDir().endEmptyDir().build());
        if (spec.registrySecret() != null) {
            volumes.add(secretVolume(REGISTRY_AUTH, spec.registrySecret()));
        }
        if (!spec.secretIds().isEmpty()) {
            volumes.add(secretVolume(SECRETS, spec.buildSecretsSecret()));
        }
        return volumes;
    }

    private static Volume secretVolume(String name, String secret) {
        return new VolumeBuilder().withName(name).withNewSecret().withSecretName(secret)
                .withDefaultMode(READ_ONLY_BY_OWNER).endSecret().build();
    }

    private static VolumeMount mount(String volume, String path, boolean readOnly) {
        return new VolumeMountBuilder().withName(volume).withMountPath(path).withReadOnly(readOnly).build();
    }

    private static EnvVar env(String name, String value) {
        return new EnvVarBuilder().withName(name).withValue(value).build();
    }
}
