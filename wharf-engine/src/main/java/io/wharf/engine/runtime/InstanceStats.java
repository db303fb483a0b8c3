package io.wharf.engine.runtime;

import io.wharf.engine.EngineException;

/**
 * One reading of an instance's usage: CPU time used since it started, its memory working set (usage
 * less inactive file cache) and limit (0 when it has none), and bytes its network interfaces received
 * and sent since it started.
 */
public record InstanceStats(double cpuSeconds, long memoryWorkingSetBytes, long memoryLimitBytes,
                            long networkReceiveBytes, long networkTransmitBytes) {
    public InstanceStats {
        if (cpuSeconds < 0 || Double.isNaN(cpuSeconds)) {
            throw new EngineException("CPU seconds must be a number of at least 0, not " + cpuSeconds);
        }
        if (memoryWorkingSetBytes < 0 || memoryLimitBytes < 0 || networkReceiveBytes < 0 || networkTransmitBytes < 0) {
            throw new EngineException("byte counts must be at least 0: memory " + memoryWorkingSetBytes + ", limit "
                    + memoryLimitBytes + ", received " + networkReceiveBytes + ", sent " + networkTransmitBytes);
        }
    }
}
