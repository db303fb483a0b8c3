package io.wharf.server.logs;

import io.wharf.engine.Engine;
import io.wharf.engine.InstanceExit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Keeps every exit the engine hears of; an exit of an app deleted meanwhile is dropped. */
@Component
class ExitKeeper {
    private static final Logger LOG = LoggerFactory.getLogger(ExitKeeper.class);
    private final ExitRows rows;

    ExitKeeper(Engine engine, ExitRows rows) {
        this.rows = rows;
        engine.addExitListener(this::keep);
    }

    private void keep(InstanceExit exit) {
        try {
            rows.insert(exit);
        } catch (RuntimeException e) {
            LOG.warn("could not keep the exit of instance {} of {}: {}", exit.instance(), exit.app(), e.toString());
        }
    }
}
