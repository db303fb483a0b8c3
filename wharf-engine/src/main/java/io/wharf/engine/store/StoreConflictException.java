package io.wharf.engine.store;

import io.wharf.engine.EngineException;

/** The object to create exists already. */
public class StoreConflictException extends EngineException {
    public StoreConflictException(String message) {
        super(message);
    }
}
