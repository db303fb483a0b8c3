package io.wharf.bench.scale;

import io.wharf.bench.BenchException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench scale}: Wharf scaling an app from 0 to N ready instances against plain podman run. */
@Command(name = "scale",
        description = {"Times scaling an app from 0 to N ready instances with Wharf and, in the same run,"
                + " starting N containers of the same image with plain `podman run -d` (same parallelism),"
                + " each until it answers its health check.",
                "The last line is: scale: wharf=<s> podman=<s> ratio=<wharf/podman> (medians of the rounds)."})
public final class ScaleCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--instances", defaultValue = "20", description = "instances to start (default: ${DEFAULT-VALUE})")
    int instances;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds; the median is reported"
            + " (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "rounds run first and not counted, so that"
            + " neither side is measured cold (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--parallelism", defaultValue = "8", description = "parallel starts on both sides; Wharf's"
            + " wharf.engine.parallelism (default: ${DEFAULT-VALUE}, Wharf's own default)")
    int parallelism;

    @Option(names = "--image", defaultValue = "localhost/wharf/hello:1", description = "image with an HTTP server"
            + " on 8080 answering /healthz (default: ${DEFAULT-VALUE})")
    String image;

    @Option(names = "--server-jar", paramLabel = "JAR", description = "the Wharf server jar (default:"
            + " wharf-server/target/wharf-server.jar here or beside the wharf-bench jar's module)")
    Path serverJar;

    @Option(names = "--keep", description = "keep the server's temporary home (its log and database) for a look")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ScaleSettings settings = settings();
        Path jar = ServerJar.resolve(serverJar, Path.of(""), ServerJar.benchJar());
        new ScaleBenchmark(settings, jar, spec.commandLine().getOut()).run();
        return 0;
    }

    /** The options as settings; a usage error (exit code 2) if one is out of range. */
    ScaleSettings settings() {
        try {
            return new ScaleSettings(instances, rounds, warmup, parallelism, image, keep);
        } catch (BenchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
