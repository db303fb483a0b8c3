package io.wharf.runtime.kubernetes.build;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.wharf.runtime.kubernetes.PullSecrets;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Secrets a build pod reads its credentials from, named as its {@link BuildPodSpec} says and
 * labelled like the pod: the git login as an HTTP Authorization header (git reads it from the
 * environment, so it is in no file, argv or spec), the registry's push credential as a docker
 * config file, and each build secret as a file named by its id. What the spec names and what the
 * credentials hold must agree.
 */
public final class BuildSecrets {
    static final String GIT_HEADER_KEY = "extraheader";
    static final String REGISTRY_KEY = PullSecrets.KEY;

    private BuildSecrets() {
    }

    public static List<Secret> of(BuildPodSpec spec, BuildCredentials credentials) {
        agree(spec.gitSecret(), credentials.hasGitLogin(), "gitSecret", "a git login");
        agree(spec.registrySecret(), credentials.registry() != null, "registrySecret", "a registry credential");
        if (!credentials.secrets().keySet().equals(new java.util.TreeSet<>(spec.secretIds()))) {
            throw new IllegalArgumentException("the build secrets " + credentials.secrets().keySet()
                    + " are not the ones the build names: " + spec.secretIds());
        }
        List<Secret> secrets = new ArrayList<>();
        if (spec.gitSecret() != null) {
            String basic = base64((credentials.gitUsername() + ":" + credentials.gitPassword()).getBytes(StandardCharsets.UTF_8));
            secrets.add(secret(spec, spec.gitSecret(), "Opaque",
                    Map.of(GIT_HEADER_KEY, base64(("Authorization: Basic " + basic).getBytes(StandardCharsets.UTF_8)))));
        }
        if (spec.registrySecret() != null) {
            secrets.add(secret(spec, spec.registrySecret(), PullSecrets.TYPE,
                    Map.of(REGISTRY_KEY, base64(PullSecrets.dockerConfig(spec.registry(), credentials.registry())))));
        }
        if (!spec.secretIds().isEmpty()) {
            Map<String, String> files = new TreeMap<>();
            credentials.secrets().forEach((id, value) -> files.put(id, base64(value.getBytes(StandardCharsets.UTF_8))));
            secrets.add(secret(spec, spec.buildSecretsSecret(), "Opaque", files));
        }
        return secrets;
    }

    private static void agree(String secretName, boolean present, String field, String what) {
        if ((secretName != null) != present) {
            throw new IllegalArgumentException(secretName == null ? what + " needs " + field
                    : field + " " + secretName + " needs " + what);
        }
    }

    private static Secret secret(BuildPodSpec spec, String name, String type, Map<String, String> data) {
        return new SecretBuilder().withNewMetadata().withName(name).withNamespace(spec.system())
                .withLabels(BuildPodRenderer.labels(spec)).endMetadata()
                .withType(type).withImmutable(true).withData(data).build();
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
