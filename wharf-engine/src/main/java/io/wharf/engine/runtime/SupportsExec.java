package io.wharf.engine.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A runtime that can run one command in a running instance, without a terminal, and give back what
 * it printed and how it ended. The command is an argument vector handed to the instance as it is:
 * no shell is put in front of it (ask for {@code sh -c ...} to get one).
 */
public interface SupportsExec {
    /**
     * Runs {@code command} (see {@link ExecCommand#check}) in the instance and waits at most
     * {@code timeout} for it to end. Empty when the runtime has no such instance. Fails with
     * {@link ExecTimeoutException} when the command did not end in time, and with
     * {@link io.wharf.engine.EngineException} saying why when it could not be run.
     */
    Optional<ExecResult> exec(String instanceId, List<String> command, Duration timeout);
}
