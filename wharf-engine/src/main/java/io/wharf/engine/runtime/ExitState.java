package io.wharf.engine.runtime;

import java.time.Instant;

/** How an instance's process ended: its code, whether the kernel killed it for memory, and when. */
public record ExitState(int exitCode, boolean oomKilled, Instant finishedAt) {
}
