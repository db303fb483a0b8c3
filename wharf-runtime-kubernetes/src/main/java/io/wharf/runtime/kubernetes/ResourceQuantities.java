package io.wharf.runtime.kubernetes;

/**
 * Writes CPU and memory quantities in the canonical form an API server stores them in, so that what
 * Wharf applies compares equal to what it reads back.
 */
final class ResourceQuantities {
    private static final String[] BINARY = {"Ei", "Pi", "Ti", "Gi", "Mi", "Ki"};
    private static final String[] DECIMAL = {"E", "P", "T", "G", "M", "k"};

    private ResourceQuantities() {
    }

    static String cpu(long millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("CPU must be positive: " + millis + "m");
        }
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }

    static String memory(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("memory must be positive: " + bytes);
        }
        String binary = scaled(bytes, 1024, BINARY);
        return binary != null ? binary : decimal(bytes);
    }

    private static String decimal(long bytes) {
        String decimal = scaled(bytes, 1000, DECIMAL);
        return decimal != null ? decimal : Long.toString(bytes);
    }

    private static String scaled(long value, long base, String[] suffixes) {
        for (int i = 0; i < suffixes.length; i++) {
            long unit = pow(base, suffixes.length - i);
            if (value % unit == 0) {
                return value / unit + suffixes[i];
            }
        }
        return null;
    }

    private static long pow(long base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
