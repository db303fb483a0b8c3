package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SeccompProfileBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import java.util.List;

/**
 * As strict as buildah allows without {@code privileged}. The clone runs as a user, with no
 * capability and a read-only root. buildah runs as root inside the container (it must create files
 * owned by the image's users, and without a user namespace that takes root with CHOWN, FOWNER,
 * DAC_OVERRIDE, SETUID and SETGID; chroot isolation takes SYS_CHROOT); no privilege escalation, every
 * other capability dropped. buildah's chroot isolation also calls {@code mount} and {@code unshare},
 * which CRI-O's default seccomp profile allows and containerd's does not: on containerd, set
 * {@link BuildPodSettings#seccompLocalhostProfile()} to a profile that allows them.
 */
final class BuildPodSecurity {
    static final long CLONE_USER = 65532;
    static final List<String> BUILDAH_CAPABILITIES = List.of("CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "SETUID",
            "SETGID", "SETFCAP", "SYS_CHROOT", "KILL");

    private BuildPodSecurity() {
    }

    static PodSecurityContext pod() {
        return new PodSecurityContextBuilder().withSeccompProfile(runtimeDefault()).build();
    }

    static SecurityContext cloner() {
        return new SecurityContextBuilder().withRunAsUser(CLONE_USER).withRunAsGroup(CLONE_USER).withRunAsNonRoot(true)
                .withAllowPrivilegeEscalation(false).withPrivileged(false).withReadOnlyRootFilesystem(true)
                .withNewCapabilities().withDrop(List.of("ALL")).endCapabilities()
                .build();
    }

    static SecurityContext buildah(BuildPodSettings settings) {
        SeccompProfile seccomp = settings.seccompLocalhostProfile() == null ? runtimeDefault()
                : new SeccompProfileBuilder().withType("Localhost")
                .withLocalhostProfile(settings.seccompLocalhostProfile()).build();
        return new SecurityContextBuilder().withRunAsUser(0L).withRunAsNonRoot(false)
                .withAllowPrivilegeEscalation(false).withPrivileged(false)
                .withNewCapabilities().withDrop(List.of("ALL")).withAdd(BUILDAH_CAPABILITIES).endCapabilities()
                .withSeccompProfile(seccomp)
                .build();
    }

    private static SeccompProfile runtimeDefault() {
        return new SeccompProfileBuilder().withType("RuntimeDefault").build();
    }
}
