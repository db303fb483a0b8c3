package io.wharf.model;

/**
 * CPU and memory limits of one instance, as Kubernetes quantities, and the GPUs it needs. A null
 * field means no limit (no GPU).
 */
public record Resources(String cpu, String memory, Integer gpu) {
    public static final Resources NONE = new Resources(null, null, null);
    public static final int MAX_GPUS = 16;

    public Resources {
        gpu = gpu == null || gpu == 0 ? null : gpu;
    }

    public Resources(String cpu, String memory) {
        this(cpu, memory, null);
    }

    public int gpus() {
        return gpu == null ? 0 : gpu;
    }
    /** Below this a container cannot even start its runtime's helpers. */
    public static final long MIN_MEMORY_BYTES = 6L << 20;

    public long cpuMillis() {
        return cpu == null ? 0 : Quantities.cpuMillis(cpu).orElse(0);
    }

    public long memoryBytes() {
        return memory == null ? 0 : Quantities.memoryBytes(memory).orElse(0);
    }

    void validate(Errors errors, String field) {
        errors.check(gpu == null || gpu > 0 && gpu <= MAX_GPUS, field + ".gpu",
                "must be a number of GPUs between 0 and " + MAX_GPUS + ", was " + gpu);
        if (cpu != null) {
            long millis = Quantities.cpuMillis(cpu).orElse(-1);
            errors.check(millis > 0 && millis <= 256_000, field + ".cpu",
                    "'" + Names.abbreviate(cpu) + "' is not a CPU quantity between 1m and 256: write for example \"500m\" or \"2\"");
        }
        if (memory != null) {
            long bytes = Quantities.memoryBytes(memory).orElse(-1);
            errors.check(bytes >= MIN_MEMORY_BYTES && bytes <= (1L << 50), field + ".memory",
                    "'" + Names.abbreviate(memory) + "' is not a memory quantity of at least 6Mi: write for example \"256Mi\" or \"1Gi\"");
        }
    }
}
