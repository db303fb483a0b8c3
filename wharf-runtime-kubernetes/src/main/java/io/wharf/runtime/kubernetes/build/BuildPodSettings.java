package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;

/**
 * How build pods run on a cluster: the image that clones the source (it must have {@code git} on
 * its path), the buildah image, and the CPU and memory each of the pod's containers may use
 * (Kubernetes quantities; requests equal limits). {@code seccompLocalhostProfile}, when set, is the
 * node-local seccomp profile of the buildah containers (see {@link BuildPodSecurity}); null:
 * {@code RuntimeDefault}.
 */
public record BuildPodSettings(String gitImage, String buildahImage, String cpu, String memory,
                               String seccompLocalhostProfile) {
    public static final String DEFAULT_GIT_IMAGE = "alpine/git:2.45.2";
    public static final String DEFAULT_BUILDAH_IMAGE = "quay.io/buildah/stable";
    public static final String DEFAULT_CPU = "2";
    public static final String DEFAULT_MEMORY = "4Gi";

    public BuildPodSettings {
        requireText(gitImage, "gitImage");
        requireText(buildahImage, "buildahImage");
        requireQuantity(cpu, "cpu");
        requireQuantity(memory, "memory");
        if (seccompLocalhostProfile != null && seccompLocalhostProfile.isBlank()) {
            throw new IllegalArgumentException("seccompLocalhostProfile is a path under the kubelet's seccomp root, or null");
        }
    }

    public static BuildPodSettings defaults() {
        return new BuildPodSettings(DEFAULT_GIT_IMAGE, DEFAULT_BUILDAH_IMAGE, DEFAULT_CPU, DEFAULT_MEMORY, null);
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(name + " must be an image reference: '" + value + "'");
        }
    }

    private static void requireQuantity(String value, String name) {
        Objects.requireNonNull(value, name);
        try {
            if (Quantity.getAmountInBytes(new Quantity(value)).signum() <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be a positive Kubernetes quantity such as 2 or 4Gi: "
                    + value, e);
        }
    }
}
