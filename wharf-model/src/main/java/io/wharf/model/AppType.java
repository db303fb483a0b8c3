package io.wharf.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kind of work an app does. It chooses the app's scheduling class: online work gets the
 * largest CPU share, offline and batch work yield to it when they share a machine (colocation).
 */
public enum AppType {
    ONLINE(1024), OFFLINE(256), BATCH(128), GPU(1024);

    private final int cpuShares;

    AppType(int cpuShares) {
        this.cpuShares = cpuShares;
    }

    public int cpuShares() {
        return cpuShares;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(value)).findFirst();
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(AppType::wireName).collect(Collectors.joining(", "));
    }
}
