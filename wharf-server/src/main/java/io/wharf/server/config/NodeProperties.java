package io.wharf.server.config;

import io.wharf.engine.colocation.Resources;
import io.wharf.model.Quantities;
import java.lang.management.ManagementFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code wharf.node.*} ({@code WHARF_NODE_CPU}, {@code WHARF_NODE_MEMORY}): what this machine offers the
 * instances Wharf runs on it, as Kubernetes quantities ({@code "2"}, {@code "1500m"}; {@code "8Gi"}).
 * Unset: every CPU and all the memory the kernel reports.
 */
@ConfigurationProperties("wharf.node")
public record NodeProperties(String cpu, String memory) {
    public NodeProperties {
        cpu = cpu == null || cpu.isBlank() ? null : cpu.strip();
        memory = memory == null || memory.isBlank() ? null : memory.strip();
        if (cpu != null && Quantities.cpuMillis(cpu).orElse(0) <= 0) {
            throw new IllegalArgumentException("wharf.node.cpu (WHARF_NODE_CPU) '" + cpu
                    + "' is not a CPU quantity: write for example \"2\" or \"1500m\"");
        }
        if (memory != null && Quantities.memoryBytes(memory).orElse(0) <= 0) {
            throw new IllegalArgumentException("wharf.node.memory (WHARF_NODE_MEMORY) '" + memory
                    + "' is not a memory quantity: write for example \"8Gi\" or \"512Mi\"");
        }
    }

    /** The machine's capacity: the settings where given, what is detected otherwise. */
    public Resources capacity() {
        long millis = cpu == null ? Runtime.getRuntime().availableProcessors() * 1000L : Quantities.cpuMillis(cpu).getAsLong();
        long bytes = memory == null ? detectedMemory() : Quantities.memoryBytes(memory).getAsLong();
        return new Resources(millis, bytes);
    }

    private static long detectedMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Long.MAX_VALUE / 2;
    }
}
