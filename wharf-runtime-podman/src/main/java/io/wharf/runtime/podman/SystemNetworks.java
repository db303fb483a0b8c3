package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Network;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.Labels;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Podman network per system, so that one system's instances cannot reach another's by
 * container address. Each is an isolated bridge ({@code isolate=true}: traffic between two isolated
 * bridges is dropped), created on demand, labelled as Wharf's, and removed when its system's last
 * instance is removed through this runtime. Starts in a system share its read lock; a removal of the
 * network takes the write lock, so that no start finds its network gone between check and create.
 */
final class SystemNetworks {
    private static final Logger LOG = LoggerFactory.getLogger(SystemNetworks.class);
    private final DockerClient docker;
    private final String installation;
    private final Map<String, ReadWriteLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    /** @param installation as in the container names; null: no installation */
    SystemNetworks(DockerClient docker, String installation) {
        this.docker = Objects.requireNonNull(docker, "docker");
        this.installation = installation;
    }

    /** {@code wharf-<system>}, or {@code wharf-<installation>-<system>}. */
    static String name(String system, String installation) {
        return installation == null ? "wharf-" + system : "wharf-" + installation + "-" + system;
    }

    static Map<String, String> labels(String system, String installation) {
        Map<String, String> labels = new HashMap<>();
        labels.put(PodmanLabels.NETWORK, "system");
        labels.put(Labels.SYSTEM, system);
        if (installation != null) {
            labels.put(PodmanLabels.INSTALLATION, installation);
        }
        return labels;
    }

    /** Runs {@code start} with the system's network there, the network's name as its argument. */
    <T> T within(String system, Function<String, T> start) {
        ReadWriteLock lock = lock(system);
        lock.readLock().lock();
        try {
            return start.apply(ensure(system));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Removes the system's network unless a container still uses it. */
    void release(String system) {
        String name = name(system, installation);
        ReadWriteLock lock = lock(system);
        lock.writeLock().lock();
        try {
            known.remove(name);
            docker.removeNetworkCmd(name).exec();
            LOG.debug("removed network {}", name);
        } catch (NotFoundException gone) {
            LOG.debug("network {} is already gone", name);
        } catch (RuntimeException inUse) {
            LOG.debug("network {} stays: {}", name, DockerErrors.message(inUse));
        } finally {
            lock.writeLock().unlock();
        }
    }

    private ReadWriteLock lock(String system) {
        return locks.computeIfAbsent(system, s -> new ReentrantReadWriteLock());
    }

    private String ensure(String system) {
        String name = name(system, installation);
        if (known.containsKey(name)) {
            return name;
        }
        synchronized (known) {
            if (!known.containsKey(name)) {
                if (!exists(name)) {
                    create(name, system);
                }
                known.put(name, true);
            }
        }
        return name;
    }

    /** True when Wharf's network of that name is there; a network of that name that is not Wharf's is refused. */
    private boolean exists(String name) {
        Network network;
        try {
            network = docker.inspectNetworkCmd().withNetworkId(name).exec();
        } catch (NotFoundException absent) {
            return false;
        } catch (RuntimeException e) {
            throw new EngineException("could not inspect network " + name + ": " + DockerErrors.message(e), e);
        }
        Map<String, String> labels = network.getLabels() == null ? Map.of() : network.getLabels();
        if (!"system".equals(labels.get(PodmanLabels.NETWORK))) {
            throw new EngineException("a network named " + name + " exists and is not Wharf's (no label "
                    + PodmanLabels.NETWORK + "): remove or rename it");
        }
        return true;
    }

    private void create(String name, String system) {
        try {
            docker.createNetworkCmd().withName(name).withDriver("bridge").withCheckDuplicate(true)
                    .withOptions(Map.of("isolate", "true")).withLabels(labels(system, installation)).exec();
            LOG.info("created network {} for system {}", name, system);
        } catch (ConflictException raced) {
            LOG.debug("network {} was created meanwhile", name);
        } catch (RuntimeException e) {
            throw new EngineException("could not create network " + name + " for system " + system + ": "
                    + DockerErrors.message(e), e);
        }
    }
}
