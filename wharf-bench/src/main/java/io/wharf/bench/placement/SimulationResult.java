package io.wharf.bench.placement;

/**
 * One policy's day: the mean share of all nodes' CPU in use, the mean minutes a job waited before its (last)
 * start, online instance-ticks that found no node, jobs evicted, and job starts.
 */
record SimulationResult(double utilisation, double meanWaitMinutes, long onlineViolations, long evictions,
                        long jobStarts) {
}
