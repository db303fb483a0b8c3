package io.wharf.engine.reconcile;

import io.wharf.engine.colocation.Resources;

/** Resources as a person writes them: {@code 500m CPU and 64Mi}, {@code 2 CPU and 8Gi}. */
final class ResourceText {
    private ResourceText() {
    }

    static String of(Resources r) {
        return cpu(r.milliCpu()) + " CPU and " + memory(r.memoryBytes());
    }

    static String cpu(long milli) {
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    static String memory(long bytes) {
        if (bytes == 0) {
            return "0 memory";
        }
        if (bytes % (1L << 30) == 0) {
            return (bytes >> 30) + "Gi";
        }
        return bytes % (1L << 20) == 0 ? (bytes >> 20) + "Mi" : bytes + " bytes";
    }
}
