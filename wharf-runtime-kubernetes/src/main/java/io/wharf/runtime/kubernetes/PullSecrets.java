package io.wharf.runtime.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.engine.runtime.SecretValues;
import io.wharf.model.App;
import io.wharf.model.AppTemplate;
import io.wharf.model.ImageReference;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * The kubelet pulls an app's image with the system's credentials for its registry: one Secret of type
 * {@code kubernetes.io/dockerconfigjson} per system and registry, in the system's namespace, named by
 * the registry's hash and labelled as the system's (it outlives each app), referenced by the pods.
 */
public final class PullSecrets {
    public static final String TYPE = "kubernetes.io/dockerconfigjson";
    public static final String KEY = ".dockerconfigjson";
    private static final ObjectMapper JSON = new ObjectMapper();

    private PullSecrets() {
    }

    /** The pull Secret for the app's image, when its system has credentials for that registry. */
    static Optional<Secret> of(App app, SecretValues values) {
        String image = app.template().image();
        if (!AppTemplate.isImageReference(image)) {
            return Optional.empty();
        }
        ImageReference ref = ImageReference.parse(image);
        if (ref.localOnly()) {
            return Optional.empty();
        }
        return values.registryAuth(app.system(), ref.registry()).map(auth -> new SecretBuilder()
                .withNewMetadata().withName(name(ref.registry())).withNamespace(app.system())
                .withLabels(ObjectLabels.system(app.system())).endMetadata()
                .withType(TYPE)
                .withData(Map.of(KEY, Base64.getEncoder().encodeToString(dockerConfig(ref.registry(), auth))))
                .build());
    }

    /** {@code wharf-registry-} and 12 hex digits of the registry's SHA-256: a DNS label for any host:port. */
    static String name(String registry) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(registry.getBytes(StandardCharsets.UTF_8));
            return "wharf-registry-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** A docker config file ({@code .dockerconfigjson}) with one login for {@code registry}. */
    public static byte[] dockerConfig(String registry, RegistryAuth auth) {
        String basic = Base64.getEncoder().encodeToString((auth.username() + ":" + auth.password())
                .getBytes(StandardCharsets.UTF_8));
        try {
            return JSON.writeValueAsBytes(Map.of("auths", Map.of(registry,
                    Map.of("username", auth.username(), "password", auth.password(), "auth", basic))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write strings as JSON", e);
        }
    }
}
