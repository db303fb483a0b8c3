package io.wharf.gateway;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Smooth weighted round robin: spreads picks of heavy backends between those of light ones. */
final class WeightedBalancer implements Balancer {

    private final Map<String, Long> current = new HashMap<>();

    @Override
    public synchronized Backend pick(List<Backend> candidates, ToIntFunction<Backend> inFlight) {
        long total = 0;
        Backend best = null;
        long bestWeight = Long.MIN_VALUE;
        for (Backend candidate : candidates) {
            long weight = current.merge(candidate.instanceId(), (long) candidate.weight(), Long::sum);
            total += candidate.weight();
            if (weight > bestWeight) {
                best = candidate;
                bestWeight = weight;
            }
        }
        current.put(best.instanceId(), bestWeight - total);
        if (current.size() > 4 * candidates.size() + 16) {
            current.keySet().retainAll(candidates.stream().map(Backend::instanceId).toList());
        }
        return best;
    }
}
