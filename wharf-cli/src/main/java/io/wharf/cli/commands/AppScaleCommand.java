package io.wharf.cli.commands;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf app scale SYSTEM/APP N. */
@Command(name = "scale", mixinStandardHelpOptions = true,
        description = "Sets how many instances of an app run; 0 stops them all but keeps the app.")
public final class AppScaleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "N", description = "The number of instances.")
    int replicas;

    @Mixin
    WaitOptions wait;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var app = session.api().put(ref.path() + "/replicas", session.object().put("replicas", replicas));
        wait.finish(session, ref, app, "app " + ref + " scaled to " + replicas);
        return 0;
    }
}
