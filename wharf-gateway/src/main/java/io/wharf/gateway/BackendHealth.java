package io.wharf.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/** Passive health and load per backend address, shared by all event loops. */
final class BackendHealth {

    static final int FAILURES_TO_EJECT = 3;
    static final long EJECTION_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
    /** The same states by backend, so that the per-request path builds no address string. */
    private final ConcurrentHashMap<Backend, State> byBackend = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private volatile long lastEjectionEnds;

    BackendHealth(LongSupplier nanoClock) {
        this.clock = nanoClock;
        this.lastEjectionEnds = nanoClock.getAsLong();
    }

    /** The candidates not excluded and not ejected; if all are ejected, the non-excluded ones anyway. */
    List<Backend> usable(List<Backend> backends, Set<Backend> excluded) {
        long now = clock.getAsLong();
        if (excluded.isEmpty() && now - lastEjectionEnds >= 0) {
            return backends;
        }
        List<Backend> healthy = new ArrayList<>();
        List<Backend> notTried = new ArrayList<>();
        for (Backend backend : backends) {
            if (!excluded.contains(backend)) {
                notTried.add(backend);
                if (state(backend).ejectedUntil - now <= 0) {
                    healthy.add(backend);
                }
            }
        }
        return healthy.isEmpty() ? notTried : healthy;
    }

    int inFlight(Backend backend) {
        return state(backend).inFlight.get();
    }

    /** Requests in flight to a backend address ({@code host:port}), whichever backend record led there. */
    int inFlight(String address) {
        State state = states.get(address);
        return state == null ? 0 : state.inFlight.get();
    }

    /** The state of {@code backend}'s address, for a pool to keep: the per-request path then looks nothing up. */
    State of(Backend backend) {
        return state(backend);
    }

    void connectFailed(Backend backend) {
        State state = state(backend);
        if (state.failures.incrementAndGet() >= FAILURES_TO_EJECT) {
            state.failures.set(0);
            long until = clock.getAsLong() + EJECTION_NANOS;
            state.ejectedUntil = until;
            if (until - lastEjectionEnds > 0) {
                lastEjectionEnds = until;
            }
        }
    }

    /**
     * Forgets the backend records not in {@code kept}. Their addresses' states stay: a draining instance's
     * count is read by address, and a request may still start on a record picked a moment ago. Addresses
     * are bounded by the ports a host has; records, which carry an instance id, grow with every rollout.
     */
    void forgetAllBut(Set<Backend> kept) {
        byBackend.keySet().removeIf(backend -> !kept.contains(backend));
    }

    /** How many backend records are tracked. */
    int backendsTracked() {
        return byBackend.size();
    }

    private State state(Backend backend) {
        State state = byBackend.get(backend);
        if (state == null) {
            state = states.computeIfAbsent(backend.address(), a -> new State(clock.getAsLong()));
            byBackend.putIfAbsent(backend, state);
        }
        return state;
    }

    /** Requests in flight to one backend address and its recent connect failures. */
    static final class State {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        volatile long ejectedUntil;

        State(long now) {
            ejectedUntil = now;
        }

        void started() {
            inFlight.incrementAndGet();
        }

        void ended() {
            inFlight.decrementAndGet();
        }

        void connectSucceeded() {
            if (failures.get() != 0) {
                failures.set(0);
            }
        }
    }
}
