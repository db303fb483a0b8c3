package io.wharf.bench.colocation;

import io.wharf.bench.BenchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's CPU time so far, from the first line of {@code /proc/stat}, in clock ticks. */
record CpuTimes(long busy, long total) {
    private static final Path PROC_STAT = Path.of("/proc/stat");

    static CpuTimes now() {
        try {
            return parse(Files.readAllLines(PROC_STAT).get(0));
        } catch (IOException e) {
            throw new BenchException("cannot read " + PROC_STAT + ": " + e.getMessage());
        }
    }

    /** {@code cpu  user nice system idle iowait irq softirq steal ...}: idle and iowait are not busy. */
    static CpuTimes parse(String line) {
        String[] fields = line.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 6) {
            throw new BenchException("not the cpu line of /proc/stat: " + line);
        }
        long total = 0;
        for (int i = 1; i < Math.min(fields.length, 9); i++) {
            total += Long.parseLong(fields[i]);
        }
        long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
        return new CpuTimes(total - idle, total);
    }

    /** The share of all CPUs that was busy between {@code earlier} and this, in percent. */
    double utilisationSince(CpuTimes earlier) {
        long total = this.total - earlier.total;
        return total <= 0 ? 0 : 100.0 * (busy - earlier.busy) / total;
    }
}
