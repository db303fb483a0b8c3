package io.wharf.engine.reconcile;

import io.wharf.engine.colocation.Resources;

/** Resources as a person writes them: {@code 500m CPU}, {@code 500m CPU and 64Mi}, {@code 2 CPU and 23.5Gi}. */
final class ResourceText {
    private ResourceText() {
    }

    static String of(Resources r) {
        return cpu(r.milliCpu()) + " CPU" + (r.memoryBytes() == 0 ? "" : " and " + memory(r.memoryBytes()));
    }

    static String cpu(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    static String memory(long bytes) {
        if (bytes >= 1L << 30) {
            double gi = bytes / (double) (1L << 30);
            return gi == Math.rint(gi) ? (long) gi + "Gi" : String.format(java.util.Locale.ROOT, "%.1fGi", gi);
        }
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + "Mi" : bytes + " bytes";
    }
}
