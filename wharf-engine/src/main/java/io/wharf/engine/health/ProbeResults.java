package io.wharf.engine.health;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The last readiness check of each live instance, kept by the prober and read by anyone. */
public final class ProbeResults {
    private final Map<String, ProbeResult> byInstance = new ConcurrentHashMap<>();

    public Optional<ProbeResult> of(String instanceId) {
        return Optional.ofNullable(byInstance.get(instanceId));
    }

    ProbeResult record(String instanceId, String check, int port, ProbeAnswer answer, Instant at) {
        return byInstance.compute(instanceId, (id, before) -> before == null || !before.check().equals(check)
                || before.port() != port ? ProbeResult.first(id, check, port, answer, at) : before.next(answer, at));
    }

    /** Forgets the instances that are gone. */
    void retain(Set<String> instanceIds) {
        byInstance.keySet().retainAll(instanceIds);
    }
}
