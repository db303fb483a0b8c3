package io.wharf.server.diagnosis;

import io.wharf.engine.InstanceExit;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Instances exited on their own again and again since the app last changed (kills for memory are
 * {@link OomRule}'s): the engine replaces each with a growing back-off.
 */
final class CrashLoopRule implements Rule {
    static final int AT_LEAST = 2;

    @Override
    public List<Finding> apply(Facts facts) {
        List<InstanceExit> exits = facts.recentExits().stream().filter(e -> !OomRule.OOM_KILLED.equals(e.reason())).toList();
        if (exits.size() < AT_LEAST) {
            return List.of();
        }
        InstanceExit newest = exits.get(0);
        List<String> lastWords = exits.stream().map(InstanceExit::lines).filter(l -> l.stream().anyMatch(t -> !t.isBlank()))
                .findFirst().orElse(List.of());
        Set<Integer> codes = exits.stream().map(InstanceExit::exitCode).collect(Collectors.toCollection(TreeSet::new));
        String in = Texts.span(Duration.between(exits.get(exits.size() - 1).time(), newest.time()));
        String message = "exited " + exits.size() + " times with code " + codes.stream().map(String::valueOf)
                .collect(Collectors.joining(", ")) + " in " + in + "; last lines: " + Texts.lastLines(lastWords, 3);
        List<String> evidence = exits.stream().limit(5).map(e -> "instance " + e.instance() + " exited with code "
                + e.exitCode() + " at " + Texts.at(e.time()) + "; last lines: " + Texts.lastLines(e.lines(), 3)).toList();
        String action = codes.equals(Set.of(0))
                ? "the command ends on its own: run the server in the foreground so that it keeps running"
                : "read what it wrote (wharf exits SYSTEM/APP) and fix the command, the image or the app's settings;"
                        + " the engine keeps restarting it with a growing back-off";
        return List.of(new Finding(Reason.CrashLoop, message, evidence, action));
    }
}
