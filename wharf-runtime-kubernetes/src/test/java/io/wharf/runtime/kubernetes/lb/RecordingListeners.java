package io.wharf.runtime.kubernetes.lb;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The gateway's side as a map of open ports; ports in {@link #refused} cannot be opened. */
final class RecordingListeners implements LoadBalancerListeners {
    record Route(String owner, List<BackendAddress> backends) {
    }

    final Map<Integer, Route> open = new ConcurrentHashMap<>();
    final Set<Integer> refused = ConcurrentHashMap.newKeySet();

    @Override
    public boolean route(int port, String owner, List<BackendAddress> backends) {
        Route existing = open.get(port);
        if (refused.contains(port) || existing != null && !existing.owner().equals(owner)) {
            return false;
        }
        open.put(port, new Route(owner, backends));
        return true;
    }

    @Override
    public void close(int port, String owner) {
        open.computeIfPresent(port, (p, route) -> route.owner().equals(owner) ? null : route);
    }
}
