package io.wharf.bench;

import picocli.CommandLine.Option;

/** The options every load benchmark against a peer shares: how long, how often, and what to keep. */
public final class LoadOptions {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--duration", defaultValue = "15", description = "seconds of measured load per side and round"
            + " (default: ${DEFAULT-VALUE})")
    public int duration;

    @Option(names = "--warmup", defaultValue = "3", description = "seconds of load before each measurement, not"
            + " counted (default: ${DEFAULT-VALUE})")
    public int warmup;

    @Option(names = "--rounds", defaultValue = "2", description = "rounds, each Wharf then the peer; medians are"
            + " reported (default: ${DEFAULT-VALUE})")
    public int rounds;

    @Option(names = "--keep", description = "keep the temp dir with the peer's config and logs for a look")
    public boolean keep;
}
