package io.wharf.engine.runtime;

import io.wharf.engine.EngineException;
import java.time.Duration;

/** A command run in an instance did not end within its timeout; Wharf stopped waiting for it. */
public class ExecTimeoutException extends EngineException {
    private final Duration timeout;

    public ExecTimeoutException(String instanceId, Duration timeout) {
        super("the command in instance " + instanceId + " did not end within " + timeout.toSeconds() + "s");
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }
}
