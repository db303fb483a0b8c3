package io.wharf.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/** Fewest requests in flight wins; ties are broken round robin so idle backends share the load. */
final class LeastConnectionsBalancer implements Balancer {

    private final AtomicInteger offset = new AtomicInteger();

    @Override
    public Backend pick(List<Backend> candidates, ToIntFunction<Backend> inFlight) {
        int size = candidates.size();
        int start = Math.floorMod(offset.getAndIncrement(), size);
        Backend best = null;
        int bestLoad = Integer.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            Backend candidate = candidates.get((start + i) % size);
            int load = inFlight.applyAsInt(candidate);
            if (load < bestLoad) {
                best = candidate;
                bestLoad = load;
            }
        }
        return best;
    }
}
