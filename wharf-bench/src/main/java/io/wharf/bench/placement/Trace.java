package io.wharf.bench.placement;

import io.wharf.engine.colocation.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded synthetic day: online services whose wanted instances follow a daily load curve (a third of their
 * peak at night), and offline batch jobs arriving at random over the day, each with a request and a run time.
 */
record Trace(int ticks, int minutesPerTick, Resources node, int nodes, List<Service> services, List<Job> jobs,
             double onlineUsage) {

    /** An online service: its instance request, its peak instance count and the hour of its peak. */
    record Service(String name, Resources request, int peakInstances, double peakHour) {
        /** Instances wanted at minute {@code minute} of the day. */
        int wanted(int minute) {
            double phase = 2 * Math.PI * (minute / 60.0 - peakHour) / 24.0;
            double load = 0.35 + 0.65 * (0.5 + 0.5 * Math.cos(phase));
            return Math.max(1, (int) Math.ceil(peakInstances * load));
        }
    }

    /** An offline job: when it arrives, what it asks for, and how many ticks of running it needs. */
    record Job(String name, int arrivalTick, Resources request, int runTicks) {
    }

    static final Resources NODE = new Resources(16_000, 64L << 30);
    /** By default online instances use this share of what they reserve, as services sized for their peak do. */
    static final double ONLINE_USAGE = 0.55;

    /**
     * @param nodes   simulated nodes of 16 cores and 64 GiB
     * @param seed    the random seed: the same seed gives the same day
     */
    /** By default this many batch jobs arrive per node in each 5-minute tick. */
    static final double BATCH_LOAD = 0.2;

    static Trace generate(int nodes, long seed) {
        return generate(nodes, seed, ONLINE_USAGE, BATCH_LOAD);
    }

    /**
     * @param onlineUsage the share of its reservation an online instance uses, above 0 and at most 1
     * @param batchLoad   batch jobs arriving per node and 5-minute tick, on average
     */
    static Trace generate(int nodes, long seed, double onlineUsage, double batchLoad) {
        Random random = new Random(seed);
        int minutesPerTick = 5;
        int ticks = 24 * 60 / minutesPerTick;
        List<Service> services = new ArrayList<>();
        long peakMilli = (long) (nodes * NODE.milliCpu() * 0.7);
        for (int i = 0; peakMilli > 0; i++) {
            Resources request = new Resources(1000L * (1 + random.nextInt(4)), 2L << 30);
            int peak = 2 + random.nextInt(6);
            services.add(new Service("svc" + i, request, peak, 10 + random.nextDouble() * 10));
            peakMilli -= request.milliCpu() * peak;
        }
        List<Job> jobs = new ArrayList<>();
        double perTick = nodes * batchLoad;
        for (int tick = 0; tick < ticks; tick++) {
            int arrivals = poisson(random, perTick);
            for (int j = 0; j < arrivals; j++) {
                int cores = 1 + random.nextInt(4);
                jobs.add(new Job("job" + jobs.size(), tick, new Resources(1000L * cores, 2L * cores << 30),
                        6 + random.nextInt(31)));
            }
        }
        return new Trace(ticks, minutesPerTick, NODE, nodes, List.copyOf(services), List.copyOf(jobs), onlineUsage);
    }

    private static int poisson(Random random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
