package io.wharf.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** How the gateway spreads an app's requests or connections over its ready instances. */
public enum LoadBalancing {
    ROUND_ROBIN, LEAST_CONNECTIONS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<LoadBalancing> parse(String value) {
        return Arrays.stream(values()).filter(b -> b.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(LoadBalancing::wireName).collect(Collectors.joining(", "));
    }
}
