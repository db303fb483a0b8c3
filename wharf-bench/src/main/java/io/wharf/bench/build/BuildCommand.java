package io.wharf.bench.build;

import io.wharf.bench.BenchException;
import io.wharf.bench.scale.ServerJar;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf-bench build}: a one-line change to a running app through Wharf against the same by hand. */
@Command(name = "build",
        description = {"Times a rebuild after a one-line change, from the commit to the new version answering"
                + " HTTP: through Wharf (a build of the app's git source with autoDeploy, until the app is"
                + " Available on the new revision) and, in the same run and layer cache, by hand (git clone,"
                + " podman build, podman push to the same registry, podman run of the pushed digest).",
                "The last line is: build: wharf=<s> podman=<s> ratio=<wharf/podman> (medians of the rounds)."})
public final class BuildCommand implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    @Option(names = "--rounds", defaultValue = "3", description = "measured rounds; the median is reported"
            + " (default: ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", description = "rounds run first and not counted, so that"
            + " both sides find the dependency layer cached (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--image", defaultValue = "localhost/wharf/hello:1", description = "the image the Dockerfile"
            + " builds FROM: an HTTP server on 8080 answering /healthz, with busybox (default: ${DEFAULT-VALUE})")
    String image;

    @Option(names = "--server-jar", paramLabel = "JAR", description = "the Wharf server jar (default:"
            + " wharf-server/target/wharf-server.jar here or beside the wharf-bench jar's module)")
    Path serverJar;

    @Option(names = "--keep", description = "keep the server's home, the git repository and the clones for a look")
    boolean keep;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        BuildSettings settings = settings();
        Path jar = ServerJar.resolve(serverJar, Path.of(""), ServerJar.benchJar());
        new BuildBenchmark(settings, jar, spec.commandLine().getOut()).run();
        return 0;
    }

    /** The options as settings; a usage error (exit code 2) if one is out of range. */
    BuildSettings settings() {
        try {
            return new BuildSettings(rounds, warmup, image, keep);
        } catch (BenchException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
