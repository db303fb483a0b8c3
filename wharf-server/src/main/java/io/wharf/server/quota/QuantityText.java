package io.wharf.server.quota;

/** Writes amounts back as the quantities users type: CPU as "4" or "1500m", memory as "8Gi" or bytes. */
final class QuantityText {
    private static final String[] UNITS = {"Ti", "Gi", "Mi", "Ki"};
    private static final long[] SIZES = {1L << 40, 1L << 30, 1L << 20, 1L << 10};

    private QuantityText() {
    }

    static String cpu(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : millis + "m";
    }

    static String memory(long bytes) {
        for (int i = 0; i < UNITS.length; i++) {
            if (bytes != 0 && bytes % SIZES[i] == 0) {
                return bytes / SIZES[i] + UNITS[i];
            }
        }
        return Long.toString(bytes);
    }
}
