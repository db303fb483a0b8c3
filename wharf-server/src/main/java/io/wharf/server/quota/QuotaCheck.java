package io.wharf.server.quota;

import io.wharf.model.Errors;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * Compares a system's usage after a change with its quota. A change may not take a resource past
 * its limit; one that does not raise a resource's usage may, unless it is a new release, which
 * starts new instances (a quota lowered below what runs refuses deploys, never a scale down).
 */
final class QuotaCheck {
    private final QuotaLimit limit;
    private final Usage now;
    private final Usage after;
    private final boolean startsRelease;

    QuotaCheck(QuotaLimit limit, Usage now, Usage after, boolean startsRelease) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.now = Objects.requireNonNull(now, "now");
        this.after = Objects.requireNonNull(after, "after");
        this.startsRelease = startsRelease;
    }

    Errors errors() {
        Errors errors = new Errors();
        check(errors, "replicas", limit.instances(), now.instances(), after.instances(), n -> n + (n == 1 ? " instance" : " instances"));
        check(errors, "resources.cpu", limit.cpuMillis(), now.cpuMillis(), after.cpuMillis(),
                m -> QuantityText.cpu(m) + " CPU");
        check(errors, "resources.memory", limit.memoryBytes(), now.memoryBytes(), after.memoryBytes(),
                b -> QuantityText.memory(b) + " memory");
        check(errors, "resources.gpu", limit.gpus(), now.gpus(), after.gpus(), n -> n + (n == 1 ? " GPU" : " GPUs"));
        return errors;
    }

    private void check(Errors errors, String field, Long max, long used, long wanted, LongFunction<String> text) {
        if (max == null || wanted <= max || (wanted <= used && !startsRelease)) {
            return;
        }
        String left = text.apply(Math.max(0, max - used));
        String of = text.apply(max);
        errors.add(field, "quota: " + left.substring(0, left.indexOf(' ')) + " of " + of + " left; "
                + (wanted > used ? "this change needs " + text.apply(wanted - used) + " more"
                        : "the system uses " + text.apply(used) + " with rollouts' peaks counted"));
    }
}
