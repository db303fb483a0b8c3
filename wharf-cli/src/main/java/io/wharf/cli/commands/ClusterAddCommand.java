package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.ClusterViews;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf cluster add NAME --kubeconfig FILE [--label KEY=VALUE]... [--load-balancer-ports FIRST-LAST] */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Registers a Kubernetes cluster; the server stores its kubeconfig encrypted.",
                "The kubeconfig must carry its credentials inline (a token or *-data fields, no exec plugin)."})
public final class ClusterAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "A DNS label, such as idc-a.")
    String name;

    @Option(names = "--kubeconfig", paramLabel = "FILE", required = true,
            description = "The kubeconfig file; its current context is used.")
    Path kubeconfig;

    @Option(names = "--label", paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "A label such as idc=bj-1; may be repeated.")
    Map<String, String> labels = new LinkedHashMap<>();

    @Option(names = "--load-balancer-ports", paramLabel = "FIRST-LAST",
            description = "Serve the cluster's Services of type LoadBalancer on these gateway ports, such as 30000-30100.")
    String loadBalancerPorts;

    @Option(names = "--insecure",
            description = "Accept a kubeconfig that sets insecure-skip-tls-verify (the cluster's certificate is not checked).")
    boolean insecure;

    @Override
    public Integer call() {
        String text = LocalFiles.readOrUsageError(spec, () -> LocalFiles.readText(kubeconfig, "--kubeconfig"));
        Session session = SessionSource.of(spec);
        var body = session.object().put("name", name).put("kind", "kubernetes").put("kubeconfig", text);
        var labelNode = body.putObject("labels");
        labels.forEach(labelNode::put);
        if (loadBalancerPorts != null) {
            body.putObject("loadBalancer").put("ports", loadBalancerPorts);
        }
        if (insecure) {
            body.put("insecure", true);
        }
        var created = session.api().post(ApiPaths.clusters(), body);
        session.printer().view(created, () -> "cluster/" + name + " added\n" + ClusterViews.one(created));
        return 0;
    }
}
