package io.wharf.server.diagnosis;

import io.wharf.model.AppEvent;
import io.wharf.model.Quantities;
import io.wharf.server.quota.QuotaResponse;
import io.wharf.server.quota.QuotaService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A change of the app was refused by the system's quota since the app last changed, and the quota
 * still limits what was short. The app runs as before, so this finding stands even when it is Available.
 */
final class QuotaRule implements Rule {
    @Override
    public List<Finding> apply(Facts facts) {
        Optional<AppEvent> refused = facts.events().stream()
                .filter(e -> QuotaService.EXCEEDED.equals(e.reason()) && !e.time().isBefore(facts.app().changedAt()))
                .findFirst();
        QuotaResponse quota = facts.quota();
        if (refused.isEmpty() || quota == null) {
            return List.of();
        }
        List<String> left = new ArrayList<>();
        List<String> evidence = new ArrayList<>(List.of(Texts.at(refused.get().time()) + " " + refused.get().message()));
        String message = refused.get().message();
        addIfShort(left, evidence, message, "replicas", quota, QuotaResponse.Amounts::instances,
                n -> Texts.count(n, "instance", "instances"));
        addIfShort(left, evidence, message, "resources.cpu", quota, a -> millis(a.cpu()), m -> Texts.cpu(m) + " CPU");
        addIfShort(left, evidence, message, "resources.memory", quota, a -> bytes(a.memory()), b -> Texts.memory(b) + " memory");
        addIfShort(left, evidence, message, "resources.gpu", quota, QuotaResponse.Amounts::gpu, n -> Texts.count(n, "GPU", "GPUs"));
        if (left.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(Reason.QuotaExhausted, "quota: " + String.join(", ", left) + " left", evidence,
                "raise the system's quota (wharf quota set SYSTEM ...), or make room by scaling down another app of the"
                        + " system, then make the change again"));
    }

    private static void addIfShort(List<String> left, List<String> evidence, String refusal, String field,
                                   QuotaResponse quota, Function<QuotaResponse.Amounts, Long> amount,
                                   Function<Long, String> text) {
        Long limit = amount.apply(quota.limit());
        Long used = amount.apply(quota.used());
        if (!refusal.contains(field + ": ") || limit == null || used == null) {
            return;
        }
        left.add(text.apply(Math.max(0, limit - used)));
        evidence.add("the system uses " + text.apply(used) + " with rollouts' peaks counted; its quota is " + text.apply(limit));
    }

    private static Long millis(String cpu) {
        return cpu == null ? null : Quantities.cpuMillis(cpu).stream().boxed().findFirst().orElse(null);
    }

    private static Long bytes(String memory) {
        return memory == null ? null : Quantities.memoryBytes(memory).stream().boxed().findFirst().orElse(null);
    }
}
