package io.wharf.server.clusters;

/**
 * A cluster's health as read just now: whether its API answered, its version, and its nodes and
 * their summed allocatable capacity (null when they could not be read; the message says why).
 */
public record ClusterHealth(boolean reachable, String serverVersion, Integer nodes, Allocatable allocatable,
                            String message) {
    /** Kubernetes quantities: CPU in cores, memory in bytes with a binary suffix when exact. */
    public record Allocatable(String cpu, String memory) {
    }

    public static ClusterHealth unreachable(String message) {
        return new ClusterHealth(false, null, null, null, message);
    }
}
