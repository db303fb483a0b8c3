package io.wharf.engine.runtime;

import io.wharf.model.AppKey;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a runtime needs to start one instance. {@code port} is the port the instance listens
 * on inside (null: it publishes none); limits of 0 mean none. {@code capabilities} are the Linux
 * capabilities to add to none (names without {@code CAP_}, already validated by the model).
 * {@code pullAuth} are the credentials for the image's registry, if the system has any (null: none).
 */
public record InstanceSpec(String id, AppKey app, long revision, String image, List<String> command,
                           Map<String, String> env, Integer port, long cpuMillis, long memoryBytes, int cpuShares,
                           Map<String, String> labels, List<InstanceFile> files, List<String> capabilities,
                           RegistryAuth pullAuth) {
    public InstanceSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(image, "image");
        command = List.copyOf(command);
        env = Map.copyOf(env);
        labels = Map.copyOf(labels);
        files = files == null ? List.of() : List.copyOf(files);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (cpuMillis < 0 || memoryBytes < 0 || cpuShares < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
    }

    /** A spec that pulls its image without credentials. */
    public InstanceSpec(String id, AppKey app, long revision, String image, List<String> command, Map<String, String> env,
                        Integer port, long cpuMillis, long memoryBytes, int cpuShares, Map<String, String> labels,
                        List<InstanceFile> files, List<String> capabilities) {
        this(id, app, revision, image, command, env, port, cpuMillis, memoryBytes, cpuShares, labels, files, capabilities,
                null);
    }

    public InstanceSpec(String id, AppKey app, long revision, String image, List<String> command, Map<String, String> env,
                        Integer port, long cpuMillis, long memoryBytes, int cpuShares, Map<String, String> labels) {
        this(id, app, revision, image, command, env, port, cpuMillis, memoryBytes, cpuShares, labels, List.of());
    }

    /** A spec that adds no capabilities. */
    public InstanceSpec(String id, AppKey app, long revision, String image, List<String> command, Map<String, String> env,
                        Integer port, long cpuMillis, long memoryBytes, int cpuShares, Map<String, String> labels,
                        List<InstanceFile> files) {
        this(id, app, revision, image, command, env, port, cpuMillis, memoryBytes, cpuShares, labels, files, List.of());
    }

    /** Names the env variables but not their values, which may hold secrets. */
    @Override
    public String toString() {
        return "InstanceSpec[id=" + id + ", app=" + app + ", revision=" + revision + ", image=" + image
                + ", command=" + command + ", env=" + new java.util.TreeSet<>(env.keySet()) + ", port=" + port
                + ", cpuMillis=" + cpuMillis + ", memoryBytes=" + memoryBytes + ", cpuShares=" + cpuShares
                + ", labels=" + labels + ", files=" + files + ", capabilities=" + capabilities + ", pullAuth=" + pullAuth + "]";
    }
}
