package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wharf.cli.http.ApiPaths;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf logs [-f] SYSTEM/APP [INSTANCE] [--tail N] [--since DURATION] [--timestamps]. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Prints what an app's instances wrote to their output and error, oldest line first.",
                "Without INSTANCE: every instance of the app, each line prefixed with [INSTANCE].",
                "With -f: prints lines as they are written until Ctrl-C; one instance's log resumes where it"
                        + " stopped when the connection drops (until the instance ends), the app's from the newest line.",
                "With -o json: [{\"instance\": ..., \"lines\": [...]}, ...]."})
public final class LogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "INSTANCE", arity = "0..1",
            description = "One instance, as `wharf ps` lists them (default: every instance).")
    String instance;

    @Option(names = "--tail", paramLabel = "N", defaultValue = "100",
            description = "The last N lines of each instance, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int tail;

    @Option(names = "--since", paramLabel = "DURATION", converter = WaitOptions.DurationConverter.class,
            description = "Only lines written in this last while, such as 90s, 10m or 1h (default: however old).")
    Duration since;

    @Option(names = {"-f", "--follow"}, description = "Keep printing lines as they are written, until Ctrl-C.")
    boolean follow;

    @Option(names = "--timestamps", description = "With -f: start each line with the time it was written (RFC 3339).")
    boolean timestamps;

    @Override
    public Integer call() {
        if (timestamps && !follow) {
            throw new ParameterException(spec.commandLine(), "--timestamps goes with -f");
        }
        if (since != null && follow) {
            throw new ParameterException(spec.commandLine(), "--since does not go with -f; give --tail N instead");
        }
        Session session = SessionSource.of(spec);
        if (follow) {
            PrintWriter err = spec.commandLine().getErr();
            return instance != null ? new InstanceLogFollower(session, ref, instance, tail, timestamps, err).follow()
                    : new AppLogFollower(session, ref, tail, timestamps, err).follow();
        }
        List<String> ids = instance != null ? List.of(instance) : instancesOf(session);
        ArrayNode json = session.json().createArrayNode();
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            List<String> lines = read(session, id);
            json.addObject().put("instance", id).set("lines", session.json().valueToTree(lines));
            String prefix = instance == null ? "[" + id + "] " : "";
            lines.forEach(line -> text.append(prefix).append(line).append('\n'));
        }
        session.printer().view(json, text::toString);
        return 0;
    }

    private List<String> instancesOf(Session session) {
        List<String> ids = new ArrayList<>();
        session.api().get(ApiPaths.instances(ref.system(), ref.app())).forEach(i -> ids.add(i.path("id").asText()));
        return ids;
    }

    private List<String> read(Session session, String id) {
        String query = "?tail=" + tail + (since == null ? "" : "&since=" + seconds(since));
        String body = session.api().getText(ApiPaths.instanceLogs(ref.system(), ref.app(), id) + query);
        return body.lines().toList();
    }

    /** Whole seconds, rounded up: 500ms asks for the last second. */
    private static long seconds(Duration duration) {
        return (duration.toMillis() + 999) / 1000;
    }
}
