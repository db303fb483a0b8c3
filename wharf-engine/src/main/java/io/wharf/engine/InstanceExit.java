package io.wharf.engine;

import io.wharf.model.AppKey;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An instance that exited on its own: its code, a reason ({@code OOMKilled} when the kernel killed it
 * for memory, {@code Killed} for 137 otherwise, {@code Error} for any other code but 0,
 * {@code Completed} for 0), when, and its last lines, oldest first.
 */
public record InstanceExit(AppKey app, String instance, int exitCode, String reason, Instant time, List<String> lines) {
    public static final int KEPT_LINES = 1_000;
    public static final String OOM_KILLED = "OOMKilled";

    public InstanceExit {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(time, "time");
        lines = List.copyOf(lines);
    }

    public static String reason(int exitCode, boolean oomKilled) {
        if (oomKilled) {
            return OOM_KILLED;
        }
        if (exitCode == 137) {
            return "Killed";
        }
        return exitCode == 0 ? "Completed" : "Error";
    }
}
