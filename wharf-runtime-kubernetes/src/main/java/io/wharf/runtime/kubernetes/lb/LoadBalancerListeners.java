package io.wharf.runtime.kubernetes.lb;

import java.util.List;

/**
 * Where a cluster's load-balanced Service ports are served: the gateway's TCP listeners. An owner names
 * one Service port; a port another owner holds is not taken from it.
 */
public interface LoadBalancerListeners {
    /**
     * Opens {@code port} for {@code owner}, or points it at new backends; connections already open stay.
     * @return false when the port cannot be opened (in use, or refused by the system)
     */
    boolean route(int port, String owner, List<BackendAddress> backends);

    /** Closes {@code port} if {@code owner} holds it. */
    void close(int port, String owner);
}
