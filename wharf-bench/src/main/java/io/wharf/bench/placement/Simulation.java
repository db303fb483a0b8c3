package io.wharf.bench.placement;

import io.wharf.engine.colocation.Demand;
import io.wharf.engine.colocation.NodeLoad;
import io.wharf.engine.colocation.Placed;
import io.wharf.engine.colocation.Placement;
import io.wharf.engine.colocation.PlacementPolicy;
import io.wharf.engine.colocation.Resources;
import io.wharf.engine.colocation.WorkClass;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays a {@link Trace} through one placement policy, tick by tick: online services scale to what they want
 * (an online instance that finds no node is a violation for that tick and tries again), nodes shed what the
 * policy evicts (the jobs go back to the queue and start over), jobs that arrived or wait are placed in order,
 * and running jobs advance. Counts the CPU in use on all nodes at each tick.
 */
final class Simulation {
    private final Trace trace;
    private final PlacementPolicy policy;
    private final Map<String, Map<String, Placed>> nodes = new LinkedHashMap<>();
    private final Map<String, String> nodeOf = new HashMap<>();
    private final Map<String, Deque<String>> instancesOf = new HashMap<>();
    private final Deque<Trace.Job> queue = new ArrayDeque<>();
    private final Map<String, Integer> left = new HashMap<>();
    private final Map<String, Trace.Job> jobs = new HashMap<>();
    private long sequence;
    private long violations;
    private long evictions;
    private long waitedTicks;
    private long started;
    private double utilisationSum;

    Simulation(Trace trace, PlacementPolicy policy) {
        this.trace = trace;
        this.policy = policy;
        for (int n = 0; n < trace.nodes(); n++) {
            nodes.put("node" + n, new LinkedHashMap<>());
        }
    }

    SimulationResult run() {
        int nextJob = 0;
        for (int tick = 0; tick < trace.ticks(); tick++) {
            scaleOnline(tick * trace.minutesPerTick());
            for (String node : nodes.keySet()) {
                evict(policy.evictions(load(node)));
            }
            advanceJobs();
            while (nextJob < trace.jobs().size() && trace.jobs().get(nextJob).arrivalTick() == tick) {
                queue.addLast(trace.jobs().get(nextJob++));
            }
            startWaitingJobs(tick);
            utilisationSum += utilisation();
        }
        double waited = started == 0 ? 0 : (double) waitedTicks * trace.minutesPerTick() / started;
        return new SimulationResult(utilisationSum / trace.ticks(), waited, violations, evictions, started);
    }

    private void scaleOnline(int minute) {
        for (Trace.Service service : trace.services()) {
            Deque<String> running = instancesOf.computeIfAbsent(service.name(), s -> new ArrayDeque<>());
            int wanted = service.wanted(minute);
            while (running.size() > wanted) {
                remove(running.pollLast());
            }
            int missing = wanted - running.size();
            for (int i = 0; i < missing; i++) {
                String id = service.name() + "-" + sequence;
                Demand demand = new Demand(id, WorkClass.ONLINE, service.request());
                if (!place(demand, service.request().times(trace.onlineUsage()))) {
                    violations += missing - i;
                    break;
                }
                running.addLast(id);
            }
        }
    }

    private boolean place(Demand demand, Resources usage) {
        List<NodeLoad> loads = new ArrayList<>();
        for (String node : nodes.keySet()) {
            loads.add(load(node));
        }
        Optional<Placement> placement = policy.place(demand, loads);
        if (placement.isEmpty()) {
            return false;
        }
        evict(placement.get().evict());
        nodes.get(placement.get().node()).put(demand.id(), new Placed(demand, usage, sequence++));
        nodeOf.put(demand.id(), placement.get().node());
        return true;
    }

    private void evict(List<String> ids) {
        for (String id : ids) {
            remove(id);
            evictions++;
            Trace.Job job = jobs.remove(id);
            left.remove(id);
            if (job != null) {
                queue.addFirst(job);
            }
        }
    }

    private void remove(String id) {
        String node = nodeOf.remove(id);
        if (node != null) {
            nodes.get(node).remove(id);
        }
    }

    private void advanceJobs() {
        Iterator<Map.Entry<String, Integer>> running = left.entrySet().iterator();
        while (running.hasNext()) {
            Map.Entry<String, Integer> job = running.next();
            if (job.getValue() <= 1) {
                running.remove();
                jobs.remove(job.getKey());
                remove(job.getKey());
            } else {
                job.setValue(job.getValue() - 1);
            }
        }
    }

    private void startWaitingJobs(int tick) {
        int waiting = queue.size();
        for (int i = 0; i < waiting; i++) {
            Trace.Job job = queue.pollFirst();
            String id = job.name() + "@" + tick;
            if (place(new Demand(id, WorkClass.BATCH, job.request()), job.request())) {
                jobs.put(id, job);
                left.put(id, job.runTicks());
                waitedTicks += tick - job.arrivalTick();
                started++;
            } else {
                queue.addLast(job);
            }
        }
    }

    private NodeLoad load(String node) {
        return new NodeLoad(node, trace.node(), List.copyOf(nodes.get(node).values()));
    }

    private double utilisation() {
        long used = 0;
        for (String node : nodes.keySet()) {
            used += Math.min(trace.node().milliCpu(), load(node).usage().milliCpu());
        }
        return (double) used / (trace.node().milliCpu() * trace.nodes());
    }
}
