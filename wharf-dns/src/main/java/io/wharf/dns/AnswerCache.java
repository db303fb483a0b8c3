package io.wharf.dns;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Encoded answers to fast queries, valid for one {@link Snapshot}: a query that sees a newer snapshot
 * starts a new, empty generation, so no answer outlives a change of the records.
 */
final class AnswerCache {

    /** Past this many answers a generation stops growing, so random names cannot fill the heap. */
    static final int MAX_ANSWERS = 20_000;

    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(null));

    /** The generation for {@code snapshot}; a detached one if a newer snapshot is already cached. */
    Generation generation(Snapshot snapshot) {
        Generation generation = current.get();
        while (generation.snapshot != snapshot) {
            if (generation.snapshot != null && generation.snapshot.serial() > snapshot.serial()) {
                return new Generation(snapshot);
            }
            Generation next = new Generation(snapshot);
            if (current.compareAndSet(generation, next)) {
                return next;
            }
            generation = current.get();
        }
        return generation;
    }

    static final class Generation {

        private final Snapshot snapshot;
        private final Map<CacheKey, byte[]> answers = new ConcurrentHashMap<>();

        private Generation(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        byte[] get(CacheKey key) {
            return answers.get(key);
        }

        void put(CacheKey key, byte[] answer) {
            if (answers.size() < MAX_ANSWERS) {
                answers.put(key, answer);
            }
        }
    }
}
