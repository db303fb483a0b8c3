package io.wharf.server.diagnosis;

import io.wharf.engine.InstanceExit;
import java.time.Duration;
import java.util.List;

/** Instances were killed for memory since the app last changed: the limit is too low for what the app does. */
final class OomRule implements Rule {
    static final String OOM_KILLED = "OOMKilled";

    @Override
    public List<Finding> apply(Facts facts) {
        List<InstanceExit> kills = facts.recentExits().stream().filter(e -> OOM_KILLED.equals(e.reason())).toList();
        if (kills.isEmpty()) {
            return List.of();
        }
        String limit = facts.app().template().resources().memory();
        String times = kills.size() == 1 ? "" : ", " + kills.size() + " times in "
                + Texts.span(Duration.between(kills.get(kills.size() - 1).time(), kills.get(0).time()));
        List<String> evidence = kills.stream().limit(5).map(e -> "instance " + e.instance() + " was killed at "
                + Texts.at(e.time()) + " (exit code " + e.exitCode() + "); last lines: " + Texts.lastLines(e.lines(), 3)).toList();
        if (limit == null) {
            return List.of(new Finding(Reason.OOMKilled, "OOMKilled without a memory limit of its own" + times
                    + ": the machine ran out of memory", evidence,
                    "set resources.memory to what the app needs, so that it is placed and limited accordingly"));
        }
        return List.of(new Finding(Reason.OOMKilled, "OOMKilled at " + limit + times + ": raise resources.memory",
                evidence, "deploy a release with resources.memory above " + limit + " (POST .../releases"
                        + " {\"resources\": {\"memory\": \"...\"}}), or make the app use less memory"));
    }
}
