package io.wharf.server.quota;

import io.wharf.engine.store.Store;
import io.wharf.model.App;
import io.wharf.model.AppEvent;
import io.wharf.model.Errors;
import io.wharf.model.ValidationException;
import io.wharf.server.api.ApiException;
import io.wharf.server.clusters.ClusterRows;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Systems' quotas: sets and shows them, and admits changes of apps only while the system stays
 * within its quota. Changes that are checked run one at a time per system ({@link #serialized}), so
 * that two of them cannot both take the last instances; this holds within one server process.
 */
@Service
public class QuotaService {
    /** The reason of the app's event when a change of it is refused; the diagnosis reads it. */
    public static final String EXCEEDED = "QuotaExceeded";
    private final Store store;
    private final ClusterRows clusters;
    private final QuotaRows rows;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public QuotaService(Store store, ClusterRows clusters, JdbcClient jdbc) {
        this.store = Objects.requireNonNull(store, "store");
        this.clusters = Objects.requireNonNull(clusters, "clusters");
        this.rows = new QuotaRows(jdbc);
    }

    public QuotaResponse get(String system) {
        requireSystem(system);
        return QuotaResponse.of(rows.find(system).orElse(QuotaLimit.UNLIMITED), used(system));
    }

    public QuotaResponse put(String system, QuotaBody body) {
        requireSystem(system);
        Errors errors = new Errors();
        QuotaLimit limit = body == null ? QuotaLimit.UNLIMITED : body.toLimit(errors);
        errors.throwIfAny();
        rows.put(system, limit);
        return QuotaResponse.of(limit, used(system));
    }

    public void delete(String system) {
        requireSystem(system);
        rows.delete(system);
    }

    /**
     * Refuses with 422, naming what is left, a change after which the app's system would pass its
     * quota, and records the refusal as a {@value #EXCEEDED} event of an app that exists already; call it
     * before anything is stored, inside {@link #serialized}.
     * @param after the app as it would be stored (a new app, or a stored one changed)
     * @param startsRelease whether the change deploys a new release, which starts instances
     */
    public void admit(App after, boolean startsRelease) {
        QuotaLimit limit = rows.find(after.system()).orElse(null);
        if (limit == null) {
            return;
        }
        Map<String, Map<String, String>> labels = clusters.labelsByName();
        Usage now = Usage.NONE;
        Usage others = Usage.NONE;
        for (App app : store.listApps(after.system())) {
            Usage peak = PeakUsage.of(app, labels);
            now = now.plus(peak);
            others = app.name().equals(after.name()) ? others : others.plus(peak);
        }
        try {
            new QuotaCheck(limit, now, others.plus(PeakUsage.of(after, labels)), startsRelease).errors().throwIfAny();
        } catch (ValidationException refused) {
            if (store.findApp(after.key()).isPresent()) {
                store.appendEvent(after.key(), AppEvent.warning(Instant.now(), EXCEEDED, "a change was refused: "
                        + refused.getMessage()));
            }
            throw refused;
        }
    }

    /** Runs a checked change while no other checked change of the same system runs. */
    public <T> T serialized(String system, Supplier<T> change) {
        ReentrantLock lock = locks.computeIfAbsent(system, s -> new ReentrantLock());
        lock.lock();
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }

    private Usage used(String system) {
        Map<String, Map<String, String>> labels = clusters.labelsByName();
        return store.listApps(system).stream().map(app -> PeakUsage.of(app, labels)).reduce(Usage.NONE, Usage::plus);
    }

    private void requireSystem(String system) {
        if (store.findSystem(system).isEmpty()) {
            throw ApiException.notFound("system " + system);
        }
    }
}
