package io.wharf.server.diagnosis;

import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the rules over an app's facts, most fundamental cause first; when none finds anything, says
 * where the app stands. A healthy app keeps only the findings that apply when it is available.
 */
final class Diagnoser {
    private static final List<Rule> CAUSES = List.of(new ImageRule(), new CapacityRule(), new QuotaRule(), new OomRule(),
            new CrashLoopRule(), new PortRule(), new HealthCheckRule(), new ClusterRule());
    private static final Rule STANDING = new StandingRule();

    private Diagnoser() {
    }

    static Diagnosis diagnose(Facts facts) {
        List<Finding> causes = CAUSES.stream().flatMap(rule -> rule.apply(facts).stream())
                .filter(f -> !facts.healthy() || f.reason().appliesWhenAvailable()).toList();
        boolean explained = facts.healthy() || causes.stream().anyMatch(f -> !f.reason().appliesWhenAvailable());
        List<Finding> findings = explained ? causes : Stream.concat(causes.stream(), STANDING.apply(facts).stream()).toList();
        return new Diagnosis(facts.app().system(), facts.app().name(), facts.phase(),
                facts.status() == null ? "no status yet" : facts.status().message(), facts.now(), findings);
    }
}
