package io.wharf.gateway;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

final class RoundRobinBalancer implements Balancer {

    private final AtomicInteger next = new AtomicInteger();

    @Override
    public Backend pick(List<Backend> candidates, ToIntFunction<Backend> inFlight) {
        return candidates.get(Math.floorMod(next.getAndIncrement(), candidates.size()));
    }
}
