package io.wharf.bench.build;

import io.wharf.bench.Stats;

/** One round: seconds from a committed one-line change to the new version answering, with Wharf and by hand. */
record BuildRound(double wharfSeconds, double podmanSeconds) {
    /** A progress line such as {@code round 1: wharf=9.21s podman=8.95s}. */
    String line(String label) {
        return label + ": wharf=" + Stats.twoDecimals(wharfSeconds) + "s podman=" + Stats.twoDecimals(podmanSeconds)
                + "s";
    }
}
