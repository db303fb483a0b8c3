package io.wharf.engine.colocation;

import io.wharf.model.AppType;

/**
 * How an instance shares a node. Online work reserves what it asks for and never waits for other work;
 * offline and batch work run in what online work leaves idle and are evicted when online work needs it.
 */
public enum WorkClass {
    ONLINE, OFFLINE, BATCH;

    public static WorkClass of(AppType type) {
        return switch (type) {
            case ONLINE, GPU -> ONLINE;
            case OFFLINE -> OFFLINE;
            case BATCH -> BATCH;
        };
    }

    public boolean yields() {
        return this != ONLINE;
    }
}
