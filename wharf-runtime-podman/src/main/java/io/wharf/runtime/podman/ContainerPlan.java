package io.wharf.runtime.podman;

import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The container to create for one instance: a pure function of the spec, tested without a client.
 * Never privileged, all capabilities dropped, no new privileges, no restart policy (the engine
 * replaces instances itself), and the port published on loopback only, on a port Podman picks.
 */
record ContainerPlan(String name, String image, String hostname, List<String> command, List<String> env,
                     Map<String, String> labels, Integer port, long memoryBytes, long nanoCpus, int cpuShares) {
    static final String LOOPBACK = "127.0.0.1";

    ContainerPlan {
        command = List.copyOf(command);
        env = List.copyOf(env);
        labels = Map.copyOf(labels);
    }

    /**
     * All the spec's labels, with the engine's four labels always set from the spec's own fields
     * (they say whose the container is). {@code installation} may be null: then containers are
     * not scoped to one installation.
     */
    static ContainerPlan of(InstanceSpec spec, String installation) {
        Map<String, String> labels = new HashMap<>(spec.labels());
        labels.put(Labels.SYSTEM, spec.app().system());
        labels.put(Labels.APP, spec.app().app());
        labels.put(Labels.INSTANCE, spec.id());
        labels.put(Labels.REVISION, Long.toString(spec.revision()));
        if (installation != null) {
            labels.put(PodmanLabels.INSTALLATION, installation);
        }
        List<String> env = new TreeMap<>(spec.env()).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        return new ContainerPlan(containerName(spec.app().system(), spec.id(), installation), spec.image(), spec.id(),
                spec.command(), env, labels, spec.port(), spec.memoryBytes(), spec.cpuMillis() * 1_000_000L,
                spec.cpuShares());
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
                .withRestartPolicy(RestartPolicy.noRestart());
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
        return host;
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
