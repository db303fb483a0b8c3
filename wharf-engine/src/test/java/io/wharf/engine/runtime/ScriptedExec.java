package io.wharf.engine.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** How commands end in the instances of an in-memory runtime, as a test sets it; the commands run are recorded. */
public final class ScriptedExec {
    /** A command run in an instance. */
    public record Run(String instanceId, List<String> command) {
    }

    private final Map<String, ExecResult> results = new ConcurrentHashMap<>();
    private final List<Run> runs = new CopyOnWriteArrayList<>();

    public void answer(String instanceId, ExecResult result) {
        results.put(instanceId, result);
    }

    /** The result set for the instance, or exit code 0 with no output. */
    public ExecResult run(String instanceId, List<String> command) {
        runs.add(new Run(instanceId, ExecCommand.check(command)));
        return results.getOrDefault(instanceId, new ExecResult(0, "", "", false));
    }

    public List<Run> runs() {
        return List.copyOf(runs);
    }
}
