package io.wharf.bench.scale;

import io.wharf.bench.Stats;

/** One round: seconds until N ready instances with Wharf and with plain podman. */
record RoundResult(double wharfSeconds, double podmanSeconds) {
    /** A progress line such as {@code round 1: wharf=3.21s podman=2.95s}. */
    String line(String label) {
        return label + ": wharf=" + Stats.twoDecimals(wharfSeconds) + "s podman=" + Stats.twoDecimals(podmanSeconds)
                + "s";
    }
}
