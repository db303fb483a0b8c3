package io.wharf.server.registries;

import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.model.ImageReference;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks a registry which digest a tag names now: {@code HEAD /v2/<repository>/manifests/<tag>} with
 * the OCI and Docker manifest types accepted, answered in {@code Docker-Content-Digest}. A registry
 * that wants a login gets Basic credentials, or the Bearer token its realm hands out for them.
 * Loopback registries are asked over plain HTTP, all others over HTTPS.
 */
final class ManifestDigests {
    static final String ACCEPT = String.join(", ",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("\"(?:token|access_token)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}");
    private final HttpClient http;
    private final Duration timeout;

    ManifestDigests(Duration timeout) {
        this.timeout = java.util.Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The digest the registry serves for this reference; empty when it does not say (or cannot be reached). */
    Optional<String> digest(ImageReference ref, RegistryAuth auth) throws IOException, InterruptedException {
        URI uri = URI.create(scheme(ref) + "://" + ref.registry() + "/v2/" + ref.repository() + "/manifests/"
                + ref.manifestReference());
        HttpResponse<Void> response = head(uri, null);
        if (response.statusCode() == 401 && auth != null) {
            String challenge = response.headers().firstValue("WWW-Authenticate").orElse("");
            String authorization = challenge.regionMatches(true, 0, "Bearer", 0, 6)
                    ? bearer(challenge, auth).map(t -> "Bearer " + t).orElse(null) : basic(auth);
            if (authorization != null) {
                response = head(uri, authorization);
            }
        }
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        return response.headers().firstValue("Docker-Content-Digest").filter(d -> DIGEST.matcher(d).matches());
    }

    private HttpResponse<Void> head(URI uri, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", ACCEPT);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** The token service of {@code Bearer realm="...",service="...",scope="..."}, asked with Basic credentials. */
    private Optional<String> bearer(String challenge, RegistryAuth auth) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        Matcher m = PARAM.matcher(challenge);
        while (m.find()) {
            params.put(m.group(1), m.group(2));
        }
        String realm = params.remove("realm");
        if (realm == null || !(realm.startsWith("https://") || realm.startsWith("http://"))) {
            return Optional.empty();
        }
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(realm + query)).timeout(timeout)
                .header("Authorization", basic(auth)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(response.body());
        return token.find() ? Optional.of(token.group(1)) : Optional.empty();
    }

    private static String basic(RegistryAuth auth) {
        return "Basic " + Base64.getEncoder().encodeToString((auth.username() + ":" + auth.password())
                .getBytes(StandardCharsets.UTF_8));
    }

    static String scheme(ImageReference ref) {
        String host = ref.host();
        return host.startsWith("127.") || host.equals("localhost") ? "http" : "https";
    }
}
