package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ExitViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf exits SYSTEM/APP [--lines N]. */
@Command(name = "exits", mixinStandardHelpOptions = true,
        description = {"Lists an app's last exits, newest first: instance, exit code, reason (Error, OOMKilled, Killed)"
                + " and time, each followed by the last lines the instance wrote, also after it was removed.",
                "With -o json: the server's answer, with every line it kept."})
public final class ExitsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "20",
            description = "The last N lines of each exit, 0 for none (default: ${DEFAULT-VALUE}).")
    int lines;

    @Override
    public Integer call() {
        if (lines < 0) {
            throw new ParameterException(spec.commandLine(), "--lines must be 0 or more, not " + lines);
        }
        Session session = SessionSource.of(spec);
        JsonNode exits = session.api().get(ApiPaths.exits(ref.system(), ref.app()));
        session.printer().view(exits, () -> ExitViews.exits(ref.toString(), exits, lines));
        return 0;
    }
}
