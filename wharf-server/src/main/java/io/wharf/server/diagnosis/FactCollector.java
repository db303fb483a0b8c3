package io.wharf.server.diagnosis;

import io.wharf.engine.Engine;
import io.wharf.engine.EngineException;
import io.wharf.engine.health.ProbeAnswer;
import io.wharf.engine.health.ProbeResult;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppStatus;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.server.logs.ExitRows;
import io.wharf.server.quota.QuotaService;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the facts of one app for a diagnosis: the store's status, events and kept exits, the engine's
 * instances and readiness checks, the system's quota and, while the app is not available, its clusters'
 * room. Where a check's connection is refused it reads, inside at most {@link #PORT_READS} such instances,
 * which TCP ports the process listens on, with a fixed command and no input of the caller's.
 */
@Component
class FactCollector {
    private static final Logger LOG = LoggerFactory.getLogger(FactCollector.class);
    static final List<String> LISTENING = List.of("cat", "/proc/net/tcp", "/proc/net/tcp6");
    static final int PORT_READS = 3;
    private static final Duration EXEC_TIMEOUT = Duration.ofSeconds(3);
    private static final int EVENTS = 200;
    private final Store store;
    private final Engine engine;
    private final ExitRows exits;
    private final QuotaService quotas;
    private final ClusterRooms rooms;
    private final Clock clock;

    FactCollector(Store store, Engine engine, ExitRows exits, QuotaService quotas, ClusterRooms rooms, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.exits = exits;
        this.quotas = quotas;
        this.rooms = rooms;
        this.clock = clock;
    }

    Facts collect(App app) {
        AppKey key = app.key();
        AppStatus status = store.findStatus(key).orElse(null);
        List<Instance> instances = engine.instances(key);
        Map<String, ProbeResult> probes = engine.probeResults(key);
        boolean available = status != null && status.phase() == Phase.Available;
        return new Facts(app, status, engine.rollout(key).orElse(null), instances, probes, listening(key, probes),
                exits.list(key), store.listEvents(key, EVENTS), quotas.get(key.system()),
                available ? List.of() : rooms.of(app), clock.instant());
    }

    private Map<String, ListeningPorts> listening(AppKey key, Map<String, ProbeResult> probes) {
        Map<String, ListeningPorts> ports = new HashMap<>();
        probes.values().stream().filter(p -> p.failing() && p.answer().kind() == ProbeAnswer.Kind.REFUSED)
                .limit(PORT_READS).forEach(p -> read(key, p.instanceId()).ifPresent(l -> ports.put(p.instanceId(), l)));
        return ports;
    }

    private Optional<ListeningPorts> read(AppKey key, String instanceId) {
        try {
            Optional<ExecResult> result = engine.exec(key, instanceId, LISTENING, EXEC_TIMEOUT);
            return result.filter(r -> r.stdout().contains("local_address")).map(r -> ListeningPorts.parse(r.stdout()));
        } catch (EngineException e) {
            LOG.debug("could not read the listening ports of {} of {}: {}", instanceId, key, e.getMessage());
            return Optional.empty();
        }
    }
}
