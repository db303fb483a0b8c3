package io.wharf.runtime.kubernetes.build;

import io.wharf.engine.runtime.RegistryAuth;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Builds for tests: shop/web from a git server, pushed to registry.example:5000. */
final class BuildPods {
    static final String GIT_PASSWORD = "git-pa55word";
    static final String REGISTRY_PASSWORD = "registry-pa55word";
    static final String NPM_TOKEN = "npm-t0ken-value";

    private BuildPods() {
    }

    static BuildPodSpec plain(String id) {
        return new BuildPodSpec(id, "shop", "web", "https://git.example/shop/web.git", "main", null, null, Map.of(),
                List.of(), "registry.example:5000", "shop/web", "0123456789ab", false, null, null, null,
                Duration.ofMinutes(20));
    }

    /** With a git login, a registry credential, two build arguments and a build secret. */
    static BuildPodSpec full(String id) {
        return new BuildPodSpec(id, "shop", "web", "https://git.example/shop/web.git", "refs/heads/main",
                "docker/Dockerfile", "app", Map.of("VERSION", "1.2", "MODE", "release"), List.of("npm"),
                "registry.example:5000", "shop/web", "0123456789ab", true, "wharf-build-" + id + "-git",
                "wharf-build-" + id + "-registry", "wharf-build-" + id + "-secrets", Duration.ofMinutes(20));
    }

    static BuildCredentials credentials() {
        return new BuildCredentials("builder", GIT_PASSWORD, new RegistryAuth("pusher", REGISTRY_PASSWORD),
                Map.of("npm", NPM_TOKEN));
    }
}
