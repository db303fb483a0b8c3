package io.wharf.runtime.podman;

import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.Runtime;
import io.wharf.engine.runtime.RuntimeProvider;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code podman} runtime. Settings: {@code socket} (a Docker API unix socket that must answer),
 * {@code home} (where {@code podman.sock} is started when no socket is given; default
 * {@code ~/.wharf}; instances' config files and secrets are written under {@code home/instance-files}),
 * {@code installation} (scopes containers to one installation), {@code pidsLimit} (the most
 * processes one container may run; default 1024) and {@code insecureRegistries} (registries, {@code host}
 * or {@code host:port} separated by commas, pulled from without TLS; loopback registries always are)
 * and {@code ownRegistry} ({@code host:port} of the registry without login that Wharf runs itself).
 */
public final class PodmanRuntimeProvider implements RuntimeProvider {
    @Override
    public String kind() {
        return "podman";
    }

    @Override
    public Runtime create(Map<String, String> settings) {
        String home = settings.get("home");
        Path homePath = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".wharf") : Path.of(home);
        Path socket = new PodmanService(System.getenv("PATH")).socket(settings.get("socket"), homePath);
        String installation = settings.get("installation");
        return PodmanRuntime.connect(socket, installation == null || installation.isBlank() ? null : installation,
                homePath.resolve("instance-files"), pidsLimit(settings.get("pidsLimit")),
                insecureRegistries(settings.get("insecureRegistries")), settings.get("ownRegistry"));
    }

    static Set<String> insecureRegistries(String setting) {
        if (setting == null || setting.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    static long pidsLimit(String setting) {
        if (setting == null || setting.isBlank()) {
            return ContainerPlan.DEFAULT_PIDS_LIMIT;
        }
        try {
            long limit = Long.parseLong(setting.trim());
            if (limit >= 1) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new EngineException("pidsLimit must be a whole number of at least 1, not '" + setting + "'");
    }
}
