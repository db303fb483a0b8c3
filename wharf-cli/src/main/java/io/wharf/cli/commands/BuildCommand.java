package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.BuildViews;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * wharf build SYSTEM/APP [--git URL --ref REF] [--dockerfile P] [--context D] [--build-arg K=V]...
 * [--secret ID=FILE]... [--no-follow]; and its logs and cancel subcommands.
 */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Builds an image of an app from git (default: the app's source), pushes it and records a"
                + " version; prints the build's log as it is written.",
                "Exit code 0 when the build Succeeded, 1 when it Failed or was Cancelled.",
                "With -o json: waits the same way, and prints only the finished build."},
        subcommands = {BuildLogsCommand.class, BuildCancelCommand.class})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", arity = "0..1", converter = AppRef.Converter.class)
    AppRef ref;

    @ArgGroup(exclusive = false)
    Git git;

    @Option(names = "--dockerfile", paramLabel = "PATH", description = "In the repository.")
    String dockerfile;

    @Option(names = "--context", paramLabel = "DIR", description = "The build context in the repository.")
    String context;

    @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "A build argument (ARG); repeat for more."
            + " Build args are kept in the image's history: pass secrets with --secret.")
    Map<String, String> buildArgs;

    @Option(names = "--secret", paramLabel = "ID=FILE", description = "A build secret read from FILE, for"
            + " RUN --mount=type=secret,id=ID; never in the image or its history. Repeat for more.")
    Map<String, Path> secrets;

    @Option(names = "--no-follow", description = "Print the queued build and return; do not follow its log.")
    boolean noFollow;

    /** Which commit to build, when not the app's source. */
    static final class Git {
        @Option(names = "--git", paramLabel = "URL", required = true, description = "The repository.")
        String url;

        @Option(names = "--ref", paramLabel = "REF", required = true, description = "The branch or tag.")
        String ref;
    }

    @Override
    public Integer call() {
        if (ref == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'SYSTEM/APP'");
        }
        Session session = SessionSource.of(spec);
        ObjectNode body = body(session);
        JsonNode queued = session.api().post(ApiPaths.builds(ref.system(), ref.app()), body);
        String id = queued.path("id").asText();
        if (noFollow) {
            session.printer().done(queued, "build " + id + " of " + ref + " " + queued.path("state").asText("Queued")
                    + "; follow it with: wharf build logs " + ref + " " + id + " -f");
            return 0;
        }
        boolean table = session.printer().isTable();
        session.printer().done("build " + id + " of " + ref + " " + queued.path("state").asText("Queued")
                + " (Ctrl-C stops following, not the build)");
        JsonNode build = new BuildFollower(session, ref).follow(id, table);
        session.printer().view(build, () -> BuildViews.outcome(ref.toString(), build, session.clock().instant()));
        return "Succeeded".equals(build.path("state").asText()) ? 0 : 1;
    }

    private ObjectNode body(Session session) {
        ObjectNode body = session.object();
        if (git != null) {
            body.putObject("git").put("url", git.url).put("ref", git.ref);
        }
        AppCreateCommand.putIfSet(body, "dockerfile", dockerfile);
        AppCreateCommand.putIfSet(body, "context", context);
        if (buildArgs != null) {
            buildArgs.forEach(body.putObject("buildArgs")::put);
        }
        if (secrets != null) {
            ObjectNode values = body.putObject("secrets");
            secrets.forEach((id, file) -> values.put(id,
                    LocalFiles.readOrUsageError(spec, () -> LocalFiles.readText(file, "--secret " + id))));
        }
        return body;
    }
}
