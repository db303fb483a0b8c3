package io.wharf.server.quota;

/** Amounts a system runs or may run at most: instances, CPU in thousandths of a core, memory in bytes, GPUs. */
public record Usage(long instances, long cpuMillis, long memoryBytes, long gpus) {
    public static final Usage NONE = new Usage(0, 0, 0, 0);

    public Usage {
        if (instances < 0 || cpuMillis < 0 || memoryBytes < 0 || gpus < 0) {
            throw new IllegalArgumentException("usage cannot be negative: " + instances + ", " + cpuMillis + ", "
                    + memoryBytes + ", " + gpus);
        }
    }

    public Usage plus(Usage other) {
        return new Usage(instances + other.instances, cpuMillis + other.cpuMillis, memoryBytes + other.memoryBytes,
                gpus + other.gpus);
    }

    public Usage minus(Usage other) {
        return new Usage(instances - other.instances, cpuMillis - other.cpuMillis, memoryBytes - other.memoryBytes,
                gpus - other.gpus);
    }
}
