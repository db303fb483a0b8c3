package io.wharf.server.diagnosis;

import io.wharf.engine.health.ProbeResult;
import io.wharf.model.AppEvent;
import io.wharf.model.Instance;
import io.wharf.model.Phase;
import io.wharf.model.RolloutPhase;
import java.time.Duration;
import java.util.List;

/**
 * Says where the app stands when no cause is known: its rollout failed, it is still on its way, or it
 * is degraded for a reason only its events tell. Asked only when no other rule found anything.
 */
final class StandingRule implements Rule {
    private static final int EVENTS = 5;

    @Override
    public List<Finding> apply(Facts facts) {
        if (facts.healthy()) {
            return List.of();
        }
        String status = facts.status() == null ? "no status yet" : facts.status().message();
        if (facts.rollout() != null && facts.rollout().revision() == facts.app().revision()
                && (facts.rollout().phase() == RolloutPhase.Failed || facts.rollout().phase() == RolloutPhase.RolledBack)) {
            return List.of(new Finding(Reason.RolloutFailed, "the rollout of revision " + facts.rollout().revision()
                    + " " + (facts.rollout().phase() == RolloutPhase.Failed ? "failed" : "was rolled back") + ": "
                    + facts.rollout().message(), warnings(facts),
                    "read the app's events (wharf events SYSTEM/APP), fix the release and deploy again"));
        }
        if (facts.phase() == Phase.Progressing) {
            List<String> evidence = facts.running().stream().filter(i -> !i.ready()).map(i -> waiting(facts, i)).toList();
            return List.of(new Finding(Reason.Progressing, status + "; the engine is still getting there",
                    evidence.isEmpty() ? List.of(status) : evidence, "wait a little and ask again; the app turns Degraded"
                    + " if it is not done within its progress deadline (" + facts.app().strategy().progressDeadlineSeconds()
                    + " s)"));
        }
        if (facts.phase() == Phase.Available && facts.running().stream().allMatch(Instance::ready)) {
            List<String> exits = facts.exits().stream().filter(e -> e.time().isAfter(facts.now().minus(Facts.SETTLED)))
                    .map(e -> "instance " + e.instance() + " exited with code " + e.exitCode() + " (" + e.reason()
                            + ") at " + Texts.at(e.time())).toList();
            return List.of(new Finding(Reason.RecentlyExited, status + " again; " + exits.size()
                    + " exited in the last minute and " + (exits.size() == 1 ? "was" : "were") + " replaced", exits,
                    "nothing, if it was stopped on purpose; else read its last lines (wharf exits SYSTEM/APP)"));
        }
        return List.of(new Finding(Reason.Degraded, status, warnings(facts),
                "read the app's events (wharf events SYSTEM/APP) and its logs (wharf logs SYSTEM/APP)"));
    }

    private static String waiting(Facts facts, Instance instance) {
        String age = instance.startedAt() == null ? "" : " (started " + Texts.span(Duration.between(instance.startedAt(),
                facts.now())) + " ago)";
        ProbeResult probe = facts.probes().get(instance.id());
        return "instance " + instance.id() + age + ": " + (probe == null ? "not checked yet"
                : "health check " + probe.check() + " " + probe.answer().describe() + " at " + Texts.at(probe.at()));
    }

    private static List<String> warnings(Facts facts) {
        return facts.recentEvents().stream().filter(e -> AppEvent.WARNING.equals(e.type())).limit(EVENTS)
                .map(e -> Texts.at(e.time()) + " " + e.reason() + ": " + e.message()).toList();
    }
}
