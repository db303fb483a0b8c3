package io.wharf.server.diagnosis;

import io.wharf.engine.health.ProbeAnswer;
import io.wharf.engine.health.ProbeResult;
import io.wharf.model.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The running instances that are not ready and whose last check failed with a given kind of answer, failing longest first. */
final class ProbeFacts {
    private ProbeFacts() {
    }

    record Failing(Instance instance, ProbeResult probe) {
        /** instance hello-x7k2q: health check GET /healthz answered 503 for 40 s (last at 12:01:05Z) */
        String sentence() {
            return "instance " + instance.id() + ": health check " + probe.check() + " on port " + probe.port() + " "
                    + probe.answer().describe() + " for " + Texts.span(probe.failingFor()) + " (last at "
                    + Texts.at(probe.at()) + ")";
        }

        Duration age(Instant now) {
            return instance.startedAt() == null ? Duration.ZERO : Duration.between(instance.startedAt(), now);
        }
    }

    static List<Failing> failing(Facts facts, List<ProbeAnswer.Kind> kinds) {
        return facts.running().stream().filter(i -> !i.ready() && facts.probes().containsKey(i.id()))
                .map(i -> new Failing(i, facts.probes().get(i.id())))
                .filter(f -> f.probe().failing() && kinds.contains(f.probe().answer().kind()))
                .sorted(Comparator.comparing((Failing f) -> f.probe().failingSince()).thenComparing(f -> f.instance().id()))
                .toList();
    }
}
