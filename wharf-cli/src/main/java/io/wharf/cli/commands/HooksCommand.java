package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.VersionViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf hooks SYSTEM/APP. */
@Command(name = "hooks", mixinStandardHelpOptions = true,
        description = "Lists the webhook deliveries an app received, newest first, with what was done or why"
                + " nothing was (another branch, a bad signature, a duplicate delivery).")
public final class HooksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        var deliveries = session.api().get(ApiPaths.hookDeliveries(ref.system(), ref.app()));
        session.printer().view(deliveries, () -> VersionViews.deliveries(ref.toString(), deliveries));
        return 0;
    }
}
