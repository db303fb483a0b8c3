package io.wharf.server.diagnosis;

/**
 * A Kubernetes cluster the app has a share on, and whether one of its instances can fit there: the
 * cluster's summed allocatable CPU (thousandths of a core) and memory (bytes) as last read, null when
 * unknown, and what each instance requests there (0: nothing).
 */
record ClusterRoom(String cluster, int share, boolean reachable, Integer nodes, Long cpuMillis, Long memoryBytes,
                   long cpuRequestMillis, long memoryRequestBytes) {
    boolean cpuShort() {
        return reachable && cpuMillis != null && cpuRequestMillis > cpuMillis;
    }

    boolean memoryShort() {
        return reachable && memoryBytes != null && memoryRequestBytes > memoryBytes;
    }
}
