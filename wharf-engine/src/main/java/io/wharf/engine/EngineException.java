package io.wharf.engine;

/** The engine's one unchecked exception: a failure of a runtime or a store, with its context. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
