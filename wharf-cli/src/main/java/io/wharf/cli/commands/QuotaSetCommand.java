package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.QuotaViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** wharf quota set SYSTEM [--instances N] [--cpu Q] [--memory Q] [--gpu N] */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Sets a system's quota. It replaces the whole quota: a resource not given is unlimited.",
                "A create, scale or deploy that would pass it is refused, and nothing starts."})
public final class QuotaSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM")
    String system;

    @Option(names = "--instances", paramLabel = "N", description = "Instances running at once, all apps together.")
    Integer instances;

    @Option(names = "--cpu", paramLabel = "Q", description = "CPU, such as 4 or 500m.")
    String cpu;

    @Option(names = "--memory", paramLabel = "Q", description = "Memory, such as 8Gi or 512Mi.")
    String memory;

    @Option(names = "--gpu", paramLabel = "N", description = "GPUs.")
    Integer gpu;

    @Override
    public Integer call() {
        if (instances == null && cpu == null && memory == null && gpu == null) {
            throw new ParameterException(spec.commandLine(), "give at least one of --instances, --cpu, --memory"
                    + " or --gpu (to remove every limit: wharf quota delete " + system + ")");
        }
        Session session = SessionSource.of(spec);
        var body = session.object();
        if (instances != null) {
            body.put("instances", instances);
        }
        if (cpu != null) {
            body.put("cpu", cpu);
        }
        if (memory != null) {
            body.put("memory", memory);
        }
        if (gpu != null) {
            body.put("gpu", gpu);
        }
        var quota = session.api().put(ApiPaths.quota(system), body);
        session.printer().view(quota, () -> "quota of system/" + system + " set\n" + QuotaViews.quota(quota));
        return 0;
    }
}
