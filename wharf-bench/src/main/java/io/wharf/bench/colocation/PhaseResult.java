package io.wharf.bench.colocation;

import io.wharf.bench.gateway.WrkResult;
import java.util.Locale;

/** One phase of the benchmark: the online app's load as wrk saw it, and the machine's CPU utilisation meanwhile. */
record PhaseResult(String name, WrkResult load, double utilisation) {
    String line() {
        return load.line("phase " + name) + String.format(Locale.ROOT, " cpu=%.1f%%", utilisation);
    }

    /** {@code colocation: alone_p99=<ms> classes_p99=<ms> equal_p99=<ms> util_alone=<%> util_classes=<%>}. */
    static String lastLine(PhaseResult alone, PhaseResult classes, PhaseResult equal) {
        return String.format(Locale.ROOT,
                "colocation: alone_p99=%.2f classes_p99=%.2f equal_p99=%.2f util_alone=%.1f util_classes=%.1f",
                alone.load().p99Millis(), classes.load().p99Millis(), equal.load().p99Millis(), alone.utilisation(),
                classes.utilisation());
    }
}
