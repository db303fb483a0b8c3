package io.wharf.engine;

import io.wharf.engine.store.Store;
import io.wharf.model.AppEvent;
import io.wharf.model.AppKey;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records what happens to apps as events in the store, and in the log. */
public final class Events {
    private static final Logger LOG = LoggerFactory.getLogger(Events.class);
    private final Store store;
    private final Clock clock;

    public Events(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void normal(AppKey app, String reason, String message) {
        record(app, AppEvent.normal(clock.instant(), reason, message));
    }

    public void warning(AppKey app, String reason, String message) {
        record(app, AppEvent.warning(clock.instant(), reason, message));
    }

    private void record(AppKey app, AppEvent event) {
        LOG.info("{} {} {}: {}", app, event.type(), event.reason(), event.message());
        try {
            store.appendEvent(app, event);
        } catch (RuntimeException e) {
            // The app may have been deleted meanwhile; its events went with it.
            LOG.debug("event for {} not stored: {}", app, e.getMessage());
        }
    }
}
