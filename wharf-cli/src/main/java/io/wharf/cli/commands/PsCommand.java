package io.wharf.cli.commands;

import io.wharf.cli.output.InstanceViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf ps SYSTEM/APP. */
@Command(name = "ps", mixinStandardHelpOptions = true,
        description = "Lists the instances of an app: state, readiness, address, revision, restarts and age.")
public final class PsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var instances = session.api().get(ref.path() + "/instances");
        session.printer().view(instances,
                () -> InstanceViews.instances(ref.toString(), instances, session.clock().instant()));
        return 0;
    }
}
