package io.wharf.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSecurityContextBuilder;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.SecurityContextBuilder;
import io.wharf.model.AppTemplate;
import java.util.List;

/**
 * The security context of every pod: the runtime's default seccomp profile, no service account
 * token, and an app container that cannot gain privileges and runs with every capability dropped
 * but those its app lists (the same rule as on Podman).
 */
final class PodSecurity {
    static final String RUNTIME_DEFAULT = "RuntimeDefault";

    private PodSecurity() {
    }

    static PodSecurityContext pod() {
        return new PodSecurityContextBuilder().withNewSeccompProfile().withType(RUNTIME_DEFAULT).endSeccompProfile()
                .build();
    }

    static SecurityContext container(AppTemplate template) {
        return new SecurityContextBuilder()
                .withAllowPrivilegeEscalation(false)
                .withPrivileged(false)
                .withNewCapabilities().withDrop(List.of("ALL")).withAdd(template.capabilities()).endCapabilities()
                .build();
    }
}
