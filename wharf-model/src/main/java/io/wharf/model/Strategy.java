package io.wharf.model;

import java.util.List;
import java.util.Objects;

/**
 * How a release rolls out. Every strategy has a progress deadline (seconds without progress before
 * the rollout is Failed) and may roll back on failure. {@code rolling} uses the surge and
 * unavailability; {@code blue-green} keeps the old set for {@code keepOldSeconds} after the
 * switch; {@code canary} sends the listed traffic percentages to the new release in steps, each
 * advancing after {@code pauseSeconds} or, when that is null, on promotion.
 */
public record Strategy(StrategyType type, Amount maxSurge, Amount maxUnavailable, int progressDeadlineSeconds,
                       boolean autoRollback, int keepOldSeconds, List<Integer> steps, Integer pauseSeconds) {
    public static final int DEFAULT_DEADLINE_SECONDS = 120;
    public static final int DEFAULT_KEEP_OLD_SECONDS = 600;
    private static final int MAX_SECONDS = 86_400;

    public Strategy {
        Objects.requireNonNull(type, "type");
        maxSurge = maxSurge == null ? Amount.percent(25) : maxSurge;
        maxUnavailable = maxUnavailable == null ? Amount.ZERO : maxUnavailable;
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** Online work rolls with 25% surge, nobody unavailable, and rolls back on failure; other work may dip. */
    public static Strategy defaultFor(AppType type, int deadlineSeconds) {
        boolean online = type == AppType.ONLINE;
        return new Strategy(StrategyType.ROLLING, Amount.percent(25), online ? Amount.ZERO : Amount.percent(25),
                deadlineSeconds, online, DEFAULT_KEEP_OLD_SECONDS, List.of(), null);
    }

    public void validate(Errors errors, String field) {
        errors.check(maxSurge.valid(), field + ".maxSurge", "must be a count or a percentage up to 100%");
        errors.check(maxUnavailable.valid(), field + ".maxUnavailable", "must be a count or a percentage up to 100%");
        errors.check(type != StrategyType.ROLLING || maxSurge.value() > 0 || maxUnavailable.value() > 0,
                field, "maxSurge and maxUnavailable cannot both be 0: nothing could move");
        errors.check(progressDeadlineSeconds >= 1 && progressDeadlineSeconds <= MAX_SECONDS,
                field + ".progressDeadlineSeconds", "must be between 1 and " + MAX_SECONDS);
        errors.check(keepOldSeconds >= 0 && keepOldSeconds <= MAX_SECONDS, field + ".keepOldSeconds",
                "must be between 0 and " + MAX_SECONDS);
        if (type == StrategyType.CANARY) {
            checkSteps(errors, field + ".steps");
            errors.check(pauseSeconds == null || (pauseSeconds >= 0 && pauseSeconds <= MAX_SECONDS),
                    field + ".pauseSeconds", "must be between 0 and " + MAX_SECONDS + ", or null to wait for promote");
        } else {
            errors.check(steps.isEmpty() && pauseSeconds == null, field, "steps and pauseSeconds apply to canary only");
        }
    }

    private void checkSteps(Errors errors, String field) {
        errors.check(!steps.isEmpty() && steps.size() <= 10, field, "must list 1 to 10 traffic percentages, such as [10, 50]");
        int previous = 0;
        for (int i = 0; i < steps.size(); i++) {
            Integer step = steps.get(i);
            errors.check(step != null && step > previous && step < 100, field + "[" + i + "]",
                    "must rise above the previous step and stay below 100 (promotion after the last step goes to 100)");
            previous = step == null ? previous : step;
        }
    }
}
