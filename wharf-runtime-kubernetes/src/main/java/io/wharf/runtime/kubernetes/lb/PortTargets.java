package io.wharf.runtime.kubernetes.lb;

import java.util.List;

/** One TCP port of a load-balanced Service and the ready endpoints behind it, in a stable order. */
record PortTargets(int servicePort, List<BackendAddress> backends) {
    PortTargets {
        backends = List.copyOf(backends);
    }
}
