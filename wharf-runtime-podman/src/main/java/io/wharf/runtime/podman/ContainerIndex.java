package io.wharf.runtime.podman;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Which container holds which instance, so that inspecting or removing one instance does not cost a
 * filtered list call (Podman lists at about 1 ms per container). It is only a cache: empty after a
 * restart, filled by start, list, inspect and events, and every miss falls back to a label lookup.
 */
final class ContainerIndex {
    private final ConcurrentMap<String, String> containerByInstance = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, InstanceRef> refByContainer = new ConcurrentHashMap<>();

    void put(String containerId, InstanceRef ref) {
        String previous = containerByInstance.put(ref.id(), containerId);
        if (previous != null && !previous.equals(containerId)) {
            refByContainer.remove(previous);
        }
        refByContainer.put(containerId, ref);
    }

    Optional<String> container(String instanceId) {
        return Optional.ofNullable(containerByInstance.get(instanceId));
    }

    Optional<InstanceRef> ref(String containerId) {
        return Optional.ofNullable(refByContainer.get(containerId));
    }

    /** Forgets an instance, whichever container held it. */
    void forget(String instanceId) {
        String containerId = containerByInstance.remove(instanceId);
        if (containerId != null) {
            refByContainer.remove(containerId);
        }
    }

    /** Forgets one container, leaving a newer container of the same instance alone. */
    void forgetContainer(String containerId) {
        InstanceRef ref = refByContainer.remove(containerId);
        if (ref != null) {
            containerByInstance.remove(ref.id(), containerId);
        }
    }
}
