package io.wharf.server.quota;

/** A system's quota and what it uses: {"limit": {...}, "used": {...}}; a null limit is unlimited. */
public record QuotaResponse(Amounts limit, Amounts used) {
    /** Instances and GPUs as numbers, CPU and memory as quantities ("1500m", "8Gi"). */
    public record Amounts(Long instances, String cpu, String memory, Long gpu) {
    }

    static QuotaResponse of(QuotaLimit limit, Usage used) {
        return new QuotaResponse(new Amounts(limit.instances(),
                limit.cpuMillis() == null ? null : QuantityText.cpu(limit.cpuMillis()),
                limit.memoryBytes() == null ? null : QuantityText.memory(limit.memoryBytes()), limit.gpus()),
                new Amounts(used.instances(), QuantityText.cpu(used.cpuMillis()), QuantityText.memory(used.memoryBytes()),
                        used.gpus()));
    }
}
