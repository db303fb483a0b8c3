package io.wharf.bench.build;

import io.wharf.bench.Stats;
import java.util.List;

/** The benchmark's last line, from the medians of the measured rounds. */
final class BuildReport {
    private BuildReport() {
    }

    /** {@code build: wharf=<median s> podman=<median s> ratio=<wharf/podman>}, two decimals each. */
    static String resultLine(List<BuildRound> rounds) {
        double wharf = Stats.median(rounds.stream().map(BuildRound::wharfSeconds).toList());
        double podman = Stats.median(rounds.stream().map(BuildRound::podmanSeconds).toList());
        return "build: wharf=" + Stats.twoDecimals(wharf) + " podman=" + Stats.twoDecimals(podman)
                + " ratio=" + Stats.twoDecimals(Stats.ratio(wharf, podman));
    }
}
