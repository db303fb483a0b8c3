package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf rollback SYSTEM/APP [--revision N]. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        description = "Runs an earlier revision again (image, config files, env, resources), as a new release.")
public final class RollbackCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Option(names = "--revision", paramLabel = "N", description = "The revision to restore (default: the one the"
            + " current release replaced).")
    Long revision;

    @Mixin
    StrategyOptions strategy;

    @Mixin
    ReleaseWait wait;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        ObjectNode body = session.object();
        if (revision != null) {
            body.put("revision", revision);
        }
        strategy.addTo(body);
        var release = session.api().post(ApiPaths.app(ref.system(), ref.app()) + "/rollback", body);
        return wait.finish(session, ref, release, true);
    }
}
