package io.wharf.runtime.podman;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceFile;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The container to create for one instance: a pure function of the spec, tested without a client.
 * Never privileged, all capabilities dropped but the app's listed adds (the same rule as on
 * Kubernetes; stricter than Podman's default set, and never NET_RAW), no new privileges, a pids
 * limit, no restart policy (the engine replaces instances itself), on its system's network (null:
 * Podman's default one), and the port published on loopback only, on a port Podman picks.
 * The instance's files are written on this machine under {@code filesDirectory} (null when it has
 * none) and each is bind-mounted read-only at its path.
 */
record ContainerPlan(String name, String image, String hostname, List<String> command, List<String> env,
                     Map<String, String> labels, Integer port, long memoryBytes, long nanoCpus, int cpuShares,
                     Path filesDirectory, List<FileMount> files, String network, long pidsLimit,
                     List<String> capabilities, String cgroupParent) {
    static final String LOOPBACK = "127.0.0.1";
    static final long DEFAULT_PIDS_LIMIT = 1024;

    ContainerPlan {
        command = List.copyOf(command);
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
        files = List.copyOf(files);
        capabilities = List.copyOf(capabilities);
        if (!files.isEmpty() && filesDirectory == null) {
            throw new IllegalArgumentException("files need a directory to be written in");
        }
        if (pidsLimit < 1) {
            throw new IllegalArgumentException("the pids limit must be at least 1, not " + pidsLimit);
        }
        capabilities.forEach(Capability::valueOf);
    }

    /** Hides the env values, which may hold secrets. */
    @Override
    public String toString() {
        return "ContainerPlan[" + name + ", image=" + image + ", labels=" + labels + ", files=" + files + "]";
    }

    /** A plan for a spec without files, on Podman's default network. */
    static ContainerPlan of(InstanceSpec spec, String installation) {
        return of(spec, installation, null);
    }

    /** A plan on Podman's default network with the default pids limit. */
    static ContainerPlan of(InstanceSpec spec, String installation, Path filesRoot) {
        return of(spec, installation, filesRoot, null, DEFAULT_PIDS_LIMIT);
    }

    /**
     * All the spec's labels, with the engine's four labels always set from the spec's own fields
     * (they say whose the container is). {@code installation} may be null: then containers are
     * not scoped to one installation. The files go into a directory named after the container
     * under {@code filesRoot}, as {@code file-0}, {@code file-1}, and so on.
     */
    static ContainerPlan of(InstanceSpec spec, String installation, Path filesRoot, String network, long pidsLimit) {
        Map<String, String> labels = new HashMap<>(spec.labels());
        labels.put(Labels.SYSTEM, spec.app().system());
        labels.put(Labels.APP, spec.app().app());
        labels.put(Labels.INSTANCE, spec.id());
        labels.put(Labels.REVISION, Long.toString(spec.revision()));
        if (installation != null) {
            labels.put(PodmanLabels.INSTALLATION, installation);
        }
        List<String> env = new TreeMap<>(spec.env()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        String name = containerName(spec.app().system(), spec.id(), installation);
        Path directory = spec.files().isEmpty() ? null : filesRoot(filesRoot).resolve(name);
        List<FileMount> files = new ArrayList<>();
        for (InstanceFile file : spec.files()) {
            requireBindable(file.path());
            files.add(new FileMount(directory.resolve("file-" + files.size()), file));
        }
        return new ContainerPlan(name, spec.image(), spec.id(), spec.command(), env, labels, spec.port(),
                spec.memoryBytes(), spec.cpuMillis() * 1_000_000L, spec.cpuShares(), directory, files, network, pidsLimit,
                spec.capabilities(), null);
    }

    /** Offline and batch work goes under {@code parent} when the machine has a cgroup for it (see {@link YieldingCgroup}). */
    ContainerPlan yieldingUnder(String parent) {
        boolean yields = !"online".equals(labels.getOrDefault(Labels.CLASS, "online"));
        return parent == null || !yields ? this : new ContainerPlan(name, image, hostname, command, env, labels, port,
                memoryBytes, nanoCpus, cpuShares, filesDirectory, files, network, pidsLimit, capabilities, parent);
    }

    /** A bind is written "host:container:ro": a ':' or ',' in the path would change its options. */
    private static void requireBindable(String path) {
        if (path.contains(":") || path.contains(",") || !Path.of(path).normalize().toString().equals(path)) {
            throw new EngineException("cannot mount a file at " + path + ": use a normalised absolute path without ':' or ','");
        }
    }

    private static Path filesRoot(Path root) {
        if (root == null) {
            throw new IllegalArgumentException("this runtime has no directory for instance files");
        }
        return root;
    }

    /** A readable name; the labels, not the name, say whose a container is. */
    static String containerName(String system, String instanceId, String installation) {
        return installation == null ? "wharf-" + system + "-" + instanceId
                : "wharf-" + installation + "-" + system + "-" + instanceId;
    }

    ExposedPort exposedPort() {
        return port == null ? null : ExposedPort.tcp(port);
    }

    HostConfig hostConfig() {
        HostConfig host = HostConfig.newHostConfig()
                .withPrivileged(false)
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPidsLimit(pidsLimit)
                .withRestartPolicy(RestartPolicy.noRestart());
        if (!capabilities.isEmpty()) {
            host.withCapAdd(capabilities.stream().map(Capability::valueOf).toArray(Capability[]::new));
        }
        if (network != null) {
            host.withNetworkMode(network);
        }
        if (port != null) {
            host.withPortBindings(new PortBinding(Ports.Binding.bindIp(LOOPBACK), exposedPort()));
        }
        if (memoryBytes > 0) {
            host.withMemory(memoryBytes).withMemorySwap(memoryBytes);
        }
        if (nanoCpus > 0) {
            host.withNanoCPUs(nanoCpus);
        }
        if (cpuShares > 0) {
            host.withCpuShares(cpuShares);
        }
        if (cgroupParent != null) {
            host.withCgroupParent(cgroupParent);
        }
        if (!files.isEmpty()) {
            host.withBinds(binds());
        }
        return host;
    }

    /** Each file read-only at its path; the mount point is made by the container runtime if the image lacks it. */
    List<Bind> binds() {
        return files.stream().map(f -> new Bind(f.hostFile().toString(), new Volume(f.containerPath()), AccessMode.ro))
                .toList();
    }

    /** Fills a create command with this plan. The command is an argument array, never a shell line. */
    CreateContainerCmd applyTo(CreateContainerCmd create) {
        create.withName(name).withHostName(hostname).withEnv(env).withLabels(labels).withHostConfig(hostConfig());
        if (!command.isEmpty()) {
            create.withCmd(command);
        }
        if (port != null) {
            create.withExposedPorts(exposedPort());
        }
        return create;
    }
}
