package io.wharf.engine.reconcile;

import io.wharf.engine.ObservedInstance;
import io.wharf.engine.runtime.RuntimeInstance;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A batch app runs to completion. Its exited instances of the current release are its record: one that
 * exited 0 succeeded and is never started again; one that failed is kept too, so that the retries left
 * survive a server restart, and a new run starts after a back-off. After {@link #RETRY_LIMIT}
 * retries (Nomad's default for batch jobs; with the back-off of 1, 2 and 4 s) the app has failed.
 */
public final class BatchRuns {
    public static final int RETRY_LIMIT = 3;

    private BatchRuns() {
    }

    /**
     * When the next run may start after {@code failed} runs: 1, 2, 4 ... s after the last of them started;
     * null when none failed. Read from the runs themselves, so that it holds however soon a run's end is seen.
     */
    static Instant nextRunAt(List<ObservedInstance> failed) {
        return failed.stream().map(i -> i.instance().startedAt()).filter(Objects::nonNull).max(Instant::compareTo)
                .map(last -> last.plusSeconds(1L << Math.min(failed.size() - 1, 5))).orElse(null);
    }

    static boolean isRun(ObservedInstance i) {
        return i.instance().state() == RuntimeInstance.State.EXITED && i.instance().exitCode() != null;
    }

    static boolean succeeded(ObservedInstance i) {
        return i.instance().exitCode() != null && i.instance().exitCode() == 0;
    }
}
