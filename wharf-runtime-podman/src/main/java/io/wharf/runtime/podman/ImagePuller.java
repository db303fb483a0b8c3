package io.wharf.runtime.podman;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.transport.DockerHttpClient;
import io.wharf.engine.runtime.ImagePullException;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.model.ImageReference;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * Pulls an instance's image when local storage does not have it, through Podman's own pull endpoint
 * ({@code /libpod/images/pull}: the Docker API's pull cannot skip TLS for one registry), with the
 * system's credentials for that registry. TLS is skipped only for loopback registries and the ones
 * the {@code insecureRegistries} setting lists. A failure is an {@link ImagePullException} with
 * Podman's (the registry's) reason. One exception: the registry Wharf runs itself ({@code ownRegistry},
 * which has no login, so asking it again proves nothing) is not asked again for a system's own image,
 * pinned by digest, that local storage has: a build just pushed it from here.
 */
final class ImagePuller {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "::1", "[::1]");
    private final DockerClient docker;
    private final DockerHttpClient http;
    private final Set<String> insecureRegistries;
    private final String ownRegistry;

    /**
     * @param http        the raw client under {@code docker}, for the libpod endpoint docker-java has no command for
     * @param ownRegistry {@code host:port} of the registry without login that Wharf runs; null: none
     */
    ImagePuller(DockerClient docker, DockerHttpClient http, Set<String> insecureRegistries, String ownRegistry) {
        this.docker = docker;
        this.http = http;
        this.insecureRegistries = Set.copyOf(insecureRegistries);
        this.ownRegistry = ownRegistry == null || ownRegistry.isBlank() ? null : ownRegistry;
    }

    /** Makes sure local storage has the spec's image: a local one must be there, a registry's is pulled. */
    void ensurePresent(InstanceSpec spec) {
        ImageReference ref = ImageReference.parse(spec.image());
        if ((ref.localOnly() || systemsOwnBuild(spec, ref)) && present(spec.image())) {
            return;
        }
        // a registry image is asked for every time (cheap when its layers are here), so that the registry's
        // login, with this system's credentials, decides who runs it: never a copy another system pulled
        if (ref.localOnly()) {
            throw new ImagePullException("cannot start instance " + spec.id() + ": image " + spec.image()
                    + " is not present locally, and no registry serves"
                    + " localhost/ images: build or load it first");
        }
        pull(spec.image(), ref, spec.pullAuth());
    }

    private boolean systemsOwnBuild(InstanceSpec spec, ImageReference ref) {
        return ownRegistry != null && ref.digest() != null && ownRegistry.equals(ref.registry())
                && ref.repository().startsWith(spec.app().system() + "/");
    }

    private boolean present(String image) {
        try {
            docker.inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void pull(String image, ImageReference ref, RegistryAuth auth) {
        String path = "/v4.0.0/libpod/images/pull?quiet=true&policy=always&reference="
                + URLEncoder.encode(image, StandardCharsets.UTF_8) + "&tlsVerify=" + !insecure(ref);
        DockerHttpClient.Request.Builder request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST).path(path);
        if (auth != null) {
            request.putHeader("X-Registry-Auth", registryAuthHeader(auth));
        }
        try (DockerHttpClient.Response response = http.execute(request.build())) {
            String failure = failure(response.getStatusCode(), response.getBody());
            if (failure != null) {
                throw new ImagePullException("cannot pull image " + image + ": " + failure);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImagePullException pullFailure) {
                throw pullFailure;
            }
            throw new ImagePullException("cannot pull image " + image + ": " + DockerErrors.message(e), e);
        }
    }

    /** Podman answers 200 with {@code {"error": ...}} for a pull that failed, or an error status with {@code message}. */
    static String failure(int status, InputStream body) throws IOException {
        JsonNode answer = JSON.readTree(body.readAllBytes());
        if (answer != null && answer.hasNonNull("error")) {
            return answer.get("error").asText();
        }
        if (status / 100 != 2) {
            return answer != null && answer.hasNonNull("message") ? answer.get("message").asText() : "HTTP " + status;
        }
        return null;
    }

    boolean insecure(ImageReference ref) {
        String host = ref.host();
        return host.startsWith("127.") || LOOPBACK_NAMES.contains(host) || insecureRegistries.contains(ref.registry())
                || insecureRegistries.contains(host);
    }

    static String registryAuthHeader(RegistryAuth auth) {
        try {
            byte[] json = JSON.writeValueAsBytes(Map.of("username", auth.username(), "password", auth.password()));
            return Base64.getUrlEncoder().encodeToString(json);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write two strings as JSON", e);
        }
    }
}
