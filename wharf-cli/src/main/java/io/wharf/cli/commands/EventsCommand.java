package io.wharf.cli.commands;

import io.wharf.cli.output.EventViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf events SYSTEM/APP. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Lists what happened to an app, newest first.")
public final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var events = session.api().get(ref.path() + "/events");
        session.printer().view(events, () -> EventViews.events(ref.toString(), events));
        return 0;
    }
}
