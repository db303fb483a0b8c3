package io.wharf.server.members;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A user's role in a system, weakest first: each role may do what the ones before it may. */
public enum Role {
    VIEWER, DEVELOPER, OWNER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Role needed) {
        return compareTo(needed) >= 0;
    }

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(Role::wireName).collect(Collectors.joining(", "));
    }
}
