package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.SourceViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * wharf source set SYSTEM/APP --git URL --ref REF [--dockerfile P] [--context D] [--username U --password-stdin]
 * [--auto-deploy] [--webhook-secret-stdin]. Secrets come only from standard input.
 */
@Command(name = "set", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Sets the git repository an app is built from, replacing what was set.",
                "Secrets are read from standard input, one a line: the password first, then the webhook secret."})
public final class SourceSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Option(names = "--git", paramLabel = "URL", required = true,
            description = "The repository: https://... or http://... (file://... only where the server allows it).")
    String url;

    @Option(names = "--ref", paramLabel = "REF", required = true, description = "The branch or tag to build.")
    String gitRef;

    @Option(names = "--dockerfile", paramLabel = "PATH", description = "In the repository (default: the server's,"
            + " Dockerfile in the context).")
    String dockerfile;

    @Option(names = "--context", paramLabel = "DIR", description = "The build context in the repository (default: its"
            + " root).")
    String context;

    @ArgGroup(exclusive = false)
    Credentials credentials;

    @Option(names = "--auto-deploy", description = "Deploy each successful build of REF.")
    boolean autoDeploy;

    @Option(names = "--webhook-secret-stdin", description = "Read the webhook secret from standard input (after the"
            + " password, if any); git hosts sign their deliveries with it.")
    boolean webhookSecretStdin;

    /** How the server logs in to the repository. */
    static final class Credentials {
        @Option(names = "--username", paramLabel = "USER", required = true)
        String username;

        @Option(names = "--password-stdin", required = true,
                description = "Read the password or access token from the first line of standard input.")
        boolean passwordStdin;
    }

    @Override
    public Integer call() {
        StdinSecrets stdin = new StdinSecrets(spec);
        Session session = SessionSource.of(spec);
        var body = session.object().put("url", url).put("ref", gitRef);
        AppCreateCommand.putIfSet(body, "dockerfile", dockerfile);
        AppCreateCommand.putIfSet(body, "context", context);
        if (credentials != null) {
            body.put("username", credentials.username).put("password", stdin.next("--password-stdin", "password"));
        }
        body.put("autoDeploy", autoDeploy);
        if (webhookSecretStdin) {
            body.put("webhookSecret", stdin.next("--webhook-secret-stdin", "webhook secret"));
        }
        var source = session.api().put(ApiPaths.source(ref.system(), ref.app()), body);
        session.printer().view(source, () -> "source of " + ref + " set\n"
                + SourceViews.source(source, SourceCommand.hookUrl(spec, ref)));
        return 0;
    }
}
