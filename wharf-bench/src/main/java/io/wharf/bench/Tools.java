package io.wharf.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Finds the peer programs the benchmarks run, and says how to install them when one is missing. */
public final class Tools {
    /** Where Debian puts daemons, which a non-root PATH often lacks. */
    private static final List<String> EXTRA_DIRS = List.of("/usr/sbin", "/sbin", "/usr/local/sbin");

    private Tools() {
    }

    /** The program's absolute path; a {@link BenchException} naming scripts/setup-bench.sh if missing. */
    public static String require(String program) {
        return find(program, System.getenv("PATH")).map(Path::toString).orElseThrow(() -> new BenchException(
                program + " is not installed; run scripts/setup-bench.sh (it installs haproxy, nginx-light, wrk,"
                        + " knot and dnsperf)"));
    }

    static Optional<Path> find(String program, String path) {
        List<String> dirs = new ArrayList<>();
        if (path != null) {
            dirs.addAll(List.of(path.split(File.pathSeparator)));
        }
        dirs.addAll(EXTRA_DIRS);
        return dirs.stream().filter(d -> !d.isEmpty()).map(d -> Path.of(d, program))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p)).findFirst();
    }
}
