package io.wharf.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How a new release replaces the running one. */
public enum StrategyType {
    ROLLING, RECREATE, BLUE_GREEN, CANARY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<StrategyType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(StrategyType::wireName).collect(Collectors.joining(", "));
    }
}
