package io.wharf.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an app placed by a selector divides its replicas among the matching clusters. */
public enum Spread {
    /** As evenly as possible; the clusters first by name take one more when it does not divide. */
    EVEN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Spread> parse(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(Spread::wireName).toList().toString();
    }
}
