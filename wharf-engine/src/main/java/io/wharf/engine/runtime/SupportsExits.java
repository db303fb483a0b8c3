package io.wharf.engine.runtime;

import java.util.Optional;

/** A runtime that tells how an exited instance ended, while it still has the instance. */
public interface SupportsExits {
    /** Empty when the runtime has no such instance or it has not exited. */
    Optional<ExitState> exitState(String instanceId);
}
