package io.wharf.engine.reconcile;

import io.wharf.model.AppKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One monitor per app, so that a reconcile pass and a rollout command never interleave. */
final class KeyLocks {
    private final Map<AppKey, Object> locks = new ConcurrentHashMap<>();

    Object of(AppKey key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }
}
