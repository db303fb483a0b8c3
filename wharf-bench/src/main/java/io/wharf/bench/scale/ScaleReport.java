package io.wharf.bench.scale;

import io.wharf.bench.Stats;
import java.util.List;

/** The benchmark's last line, from the medians of the measured rounds. */
final class ScaleReport {
    private ScaleReport() {
    }

    /** {@code scale: wharf=<median s> podman=<median s> ratio=<wharf/podman>}, two decimals each. */
    static String resultLine(List<RoundResult> rounds) {
        double wharf = Stats.median(rounds.stream().map(RoundResult::wharfSeconds).toList());
        double podman = Stats.median(rounds.stream().map(RoundResult::podmanSeconds).toList());
        return "scale: wharf=" + Stats.twoDecimals(wharf) + " podman=" + Stats.twoDecimals(podman)
                + " ratio=" + Stats.twoDecimals(Stats.ratio(wharf, podman));
    }
}
