package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.output.EventViews;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf events SYSTEM[/APP] [-f]. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Lists what happened to a system's apps or to one app, newest first (kept a week).",
            "With -f: the newest ones oldest first, then each new one as it happens; a dropped stream is resumed"
                    + " after the last event printed."})
public final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM[/APP]", converter = EventScope.Converter.class)
    EventScope scope;

    @Option(names = {"-f", "--follow"}, description = "Keep printing events as they happen, until Ctrl-C.")
    boolean follow;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "How many of the newest events to show first (1 to 1000; default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        JsonNode events = session.api().get(scope.path() + "?limit=" + limit);
        if (!follow) {
            session.printer().view(events, () -> EventViews.events(scope.toString(), events, scope.wholeSystem()));
            return 0;
        }
        List<JsonNode> oldestFirst = new ArrayList<>();
        events.forEach(e -> oldestFirst.add(0, e));
        oldestFirst.forEach(e -> session.printer().line(session.printer().isTable()
                ? EventViews.line(e, scope.wholeSystem()) : e.toString()));
        long after = oldestFirst.isEmpty() ? 0 : oldestFirst.get(oldestFirst.size() - 1).path("id").asLong();
        PrintWriter err = spec.commandLine().getErr();
        return new EventFollower(session, scope, after, err).follow();
    }
}
