package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * wharf deploy SYSTEM/APP: a new release of what changes, a built version, or the release of the same app in
 * another system. Its --version is the version to deploy, so the standard --version (of wharf) is not offered.
 */
@Command(name = "deploy", sortOptions = false,
        description = "Releases a new revision of an app (what you leave out stays as it is) and rolls it out.")
public final class DeployCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Option(names = "--image", paramLabel = "IMAGE", description = "The image to run.")
    String image;

    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "The whole environment; repeat for more.")
    Map<String, String> env;

    @Option(names = "--command", paramLabel = "ARG", arity = "1..*", description = "The command and its arguments.")
    List<String> command;

    @Option(names = "--version", paramLabel = "V", description = "Deploy a built version by its digest: its id or"
            + " a prefix of its commit, as wharf versions lists them.")
    String version;

    @Option(names = "--from", paramLabel = "SYSTEM", description = "Promote: deploy exactly the release the same app"
            + " runs in SYSTEM (image by digest, config files).")
    String from;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    ReleaseWait wait;

    @Override
    public Integer call() {
        long sources = Stream.of(image, version, from).filter(Objects::nonNull).count();
        if (sources > 1) {
            throw new ParameterException(spec.commandLine(),
                    "give one of --image, --version and --from: each names what to run");
        }
        Session session = SessionSource.of(spec);
        ObjectNode body = session.object();
        AppCreateCommand.putIfSet(body, "image", image);
        AppCreateCommand.putIfSet(body, "version", version);
        AppCreateCommand.putIfSet(body, "from", from);
        if (env != null) {
            env.forEach(body.putObject("env")::put);
        }
        if (command != null) {
            command.forEach(body.putArray("command")::add);
        }
        strategy.addTo(body);
        var release = session.api().post(ApiPaths.releases(ref.system(), ref.app()), body);
        return wait.finish(session, ref, release, false);
    }
}
