package io.wharf.server.releases;

import io.wharf.model.Amount;
import io.wharf.model.Errors;
import io.wharf.model.Strategy;
import io.wharf.model.StrategyType;
import java.util.List;

/**
 * A strategy as it travels in JSON: {@code {"type": "rolling", "maxSurge": "25%", "maxUnavailable": 0,
 * "progressDeadlineSeconds": 120, "autoRollback": true}}, {@code {"type": "blue-green",
 * "keepOldSeconds": 600}}, {@code {"type": "canary", "steps": [10, 50], "pauseSeconds": null}}.
 * Unset fields take the defaults of the app's type.
 */
public record StrategyBody(String type, Object maxSurge, Object maxUnavailable, Integer progressDeadlineSeconds,
                           Boolean autoRollback, Integer keepOldSeconds, List<Integer> steps, Integer pauseSeconds) {

    public static StrategyBody of(Strategy s) {
        return new StrategyBody(s.type().wireName(), s.maxSurge().toString(), s.maxUnavailable().toString(),
                s.progressDeadlineSeconds(), s.autoRollback(), s.keepOldSeconds(), s.steps(), s.pauseSeconds());
    }

    Strategy toModel(Strategy defaults, Errors errors) {
        StrategyType parsed = StrategyType.parse(type).orElse(null);
        if (parsed == null) {
            errors.add("strategy.type", (type == null ? "is required" : "'" + type + "' is unknown")
                    + ": one of " + StrategyType.allowedValues());
            parsed = StrategyType.ROLLING;
        }
        Strategy strategy = new Strategy(parsed, amount(errors, "strategy.maxSurge", maxSurge, defaults.maxSurge()),
                amount(errors, "strategy.maxUnavailable", maxUnavailable, defaults.maxUnavailable()),
                progressDeadlineSeconds == null ? defaults.progressDeadlineSeconds() : progressDeadlineSeconds,
                autoRollback == null ? defaults.autoRollback() : autoRollback,
                keepOldSeconds == null ? Strategy.DEFAULT_KEEP_OLD_SECONDS : keepOldSeconds, steps, pauseSeconds);
        strategy.validate(errors, "strategy");
        return strategy;
    }

    private static Amount amount(Errors errors, String field, Object value, Amount fallback) {
        if (value == null) {
            return fallback;
        }
        Amount parsed = value instanceof Integer i && i >= 0 ? Amount.of(i) : Amount.parse(value.toString());
        if (parsed == null || (value instanceof Integer i && i < 0)) {
            errors.add(field, "must be a count such as 1 or a percentage such as \"25%\", was " + value);
            return fallback;
        }
        return parsed;
    }
}
