package io.wharf.server.releases;

import io.wharf.model.AppTemplate;
import io.wharf.model.Release;
import io.wharf.server.api.HealthCheckBody;
import io.wharf.server.api.ResourcesBody;
import io.wharf.server.registries.ImagePins;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A release as the API shows it. {@code digest} is the image digest the release runs (its tag's when
 * the release was made), null for images only local storage has. Config files are listed by name, path and size (their content is
 * under {@code .../configs/{name}?revision=N}); secrets by name, where they appear and version, never
 * by value (the template holds no value).
 */
public record ReleaseResponse(long revision, String image, String digest, List<String> command, Map<String, String> env,
                              ResourcesBody resources, HealthCheckBody healthCheck, List<ConfigView> configs,
                              List<SecretView> secrets, StrategyBody strategy, String author, Instant createdAt,
                              String summary, Long restores) {
    public record ConfigView(String name, String path, int size) {
    }

    public record SecretView(String name, String path, String env, long version) {
    }

    static ReleaseResponse of(Release r) {
        AppTemplate t = r.template();
        return new ReleaseResponse(r.revision(), t.image(), ImagePins.digestOf(t.image()), t.command(), new TreeMap<>(t.env()),
                ResourcesBody.of(t.resources()), HealthCheckBody.of(t.healthCheck()),
                t.configs().stream().map(c -> new ConfigView(c.name(), c.path(),
                        c.content().getBytes(StandardCharsets.UTF_8).length)).toList(),
                t.secrets().stream().map(s -> new SecretView(s.name(), s.env() == null ? s.path() : null, s.env(),
                        s.version())).toList(),
                StrategyBody.of(r.strategy()), r.author(), r.createdAt(), r.summary(), r.restores());
    }
}
