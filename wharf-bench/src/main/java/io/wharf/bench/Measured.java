package io.wharf.bench;

/** One side's run of a load tool, and the CPU its server's process used per operation meanwhile (NaN: not measured). */
public record Measured<T>(T result, double cpuMicros) {
}
