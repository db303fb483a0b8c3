package io.wharf.runtime.kubernetes.lb;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The gateway port of each load-balanced Service port of one cluster, held in memory. A Service gets
 * ports for all of its ports or for none. A Service port keeps its gateway port while it exists; a new
 * one takes the port it remembers (from the Service's status, after a restart) when that is free, else
 * the lowest free port of the range. Not thread-safe: one controller thread uses it.
 */
final class PortAllocations {
    private final PortRange range;
    private final Map<ServiceKey, Map<Integer, Integer>> byService = new HashMap<>();
    private final Set<Integer> blocked = new HashSet<>();

    PortAllocations(PortRange range) {
        this.range = Objects.requireNonNull(range, "range");
    }

    /**
     * @param servicePorts the Service's TCP ports, in its order
     * @param remembered   service port to gateway port, as the Service's status said before
     * @return service port to gateway port, in the order given; empty when the range has too few free ports
     */
    Optional<Map<Integer, Integer>> allocate(ServiceKey key, List<Integer> servicePorts, Map<Integer, Integer> remembered) {
        Map<Integer, Integer> current = byService.getOrDefault(key, Map.of());
        Set<Integer> taken = takenByOthers(key);
        Map<Integer, Integer> chosen = new LinkedHashMap<>();
        for (int servicePort : servicePorts) {
            pick(current.get(servicePort), taken, chosen)
                    .or(() -> pick(remembered.get(servicePort), taken, chosen))
                    .ifPresent(port -> chosen.put(servicePort, port));
        }
        for (int servicePort : servicePorts) {
            if (!chosen.containsKey(servicePort)) {
                Optional<Integer> free = lowestFree(taken, chosen);
                if (free.isEmpty()) {
                    byService.remove(key);
                    return Optional.empty();
                }
                chosen.put(servicePort, free.get());
            }
        }
        Map<Integer, Integer> ordered = new LinkedHashMap<>();
        servicePorts.forEach(port -> ordered.put(port, chosen.get(port)));
        byService.put(key, ordered);
        return Optional.of(Collections.unmodifiableMap(new LinkedHashMap<>(ordered)));
    }

    /** How many gateway ports are given out. */
    int allocated() {
        return byService.values().stream().mapToInt(Map::size).sum();
    }

    void release(ServiceKey key) {
        byService.remove(key);
    }

    /** The gateway could not open {@code port}: it is given to no one again, and whoever had it loses it. */
    void block(int port) {
        blocked.add(port);
        byService.values().forEach(ports -> ports.values().removeIf(p -> p == port));
    }

    private Optional<Integer> pick(Integer port, Set<Integer> taken, Map<Integer, Integer> chosen) {
        boolean usable = port != null && range.contains(port) && !taken.contains(port) && !chosen.containsValue(port);
        return usable ? Optional.of(port) : Optional.empty();
    }

    private Optional<Integer> lowestFree(Set<Integer> taken, Map<Integer, Integer> chosen) {
        for (int port = range.first(); port <= range.last(); port++) {
            if (!taken.contains(port) && !chosen.containsValue(port)) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    private Set<Integer> takenByOthers(ServiceKey key) {
        Set<Integer> taken = new HashSet<>(blocked);
        byService.forEach((other, ports) -> {
            if (!other.equals(key)) {
                taken.addAll(ports.values());
            }
        });
        return taken;
    }
}
