package io.wharf.server.quota;

/** A system's quota; a null field is unlimited. CPU in thousandths of a core, memory in bytes. */
public record QuotaLimit(Long instances, Long cpuMillis, Long memoryBytes, Long gpus) {
    public static final QuotaLimit UNLIMITED = new QuotaLimit(null, null, null, null);

    public QuotaLimit {
        requireNotNegative(instances, "instances");
        requireNotNegative(cpuMillis, "cpuMillis");
        requireNotNegative(memoryBytes, "memoryBytes");
        requireNotNegative(gpus, "gpus");
    }

    private static void requireNotNegative(Long value, String name) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(name + " cannot be negative: " + value);
        }
    }
}
