package io.wharf.server.diagnosis;

import io.wharf.engine.health.ProbeAnswer;
import io.wharf.engine.health.ProbeResult;
import java.util.List;

/**
 * Instances are not ready because their health check reaches the port but fails: the app answers a
 * status other than 2xx/3xx, answers too late, or does not speak HTTP there.
 */
final class HealthCheckRule implements Rule {
    private static final List<ProbeAnswer.Kind> KINDS = List.of(ProbeAnswer.Kind.FAILING_STATUS, ProbeAnswer.Kind.TIMEOUT,
            ProbeAnswer.Kind.ERROR);

    @Override
    public List<Finding> apply(Facts facts) {
        List<ProbeFacts.Failing> failing = ProbeFacts.failing(facts, KINDS);
        if (failing.isEmpty()) {
            return List.of();
        }
        ProbeFacts.Failing first = failing.get(0);
        String others = failing.size() == 1 ? "" : " (and on " + Texts.count(failing.size() - 1, "other instance",
                "other instances") + ")";
        return List.of(new Finding(Reason.HealthCheckFailing, first.sentence() + others,
                failing.stream().map(ProbeFacts.Failing::sentence).toList(), action(first.probe(), facts)));
    }

    private static String action(ProbeResult probe, Facts facts) {
        ProbeAnswer answer = probe.answer();
        return switch (answer.kind()) {
            case FAILING_STATUS -> answer.status() == 404
                    ? "point healthCheck.path at a path the app serves, or make " + probe.check() + " answer 2xx or 3xx"
                    : "the app says it is not healthy (" + answer.status() + "): read its log (wharf logs SYSTEM/APP)";
            case TIMEOUT -> "the app answers slower than healthCheck.timeoutSeconds ("
                    + facts.app().template().healthCheck().timeoutSeconds() + " s): make the check cheaper or raise the timeout";
            default -> "make port " + probe.port() + " answer HTTP, or use a TCP health check";
        };
    }
}
