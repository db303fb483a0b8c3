package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf app create SYSTEM/APP --image IMG [...] [-- COMMAND ARGS...]. */
@Command(name = "create", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Creates an app and starts its instances.",
        footer = {"", "Example:", "  wharf app create demo/hello --image localhost/wharf/hello:1 --port 8080 \\",
                "      --replicas 3 --health-http /healthz",
                "  wharf app create shop/web --image registry.example/web:1 --port 8080 \\",
                "      --place idc-a=3 --place idc-b=2",
                "  wharf app create demo/sleeper --image localhost/wharf/hello:1 -- sleep 3600"})
public final class AppCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class,
            description = "The system and the new app's name, such as demo/hello.")
    AppRef ref;

    @Parameters(index = "1..*", paramLabel = "COMMAND",
            description = "After --: the command to run and its arguments (default: the image's).")
    List<String> command;

    @Option(names = "--image", required = true, paramLabel = "IMAGE", description = "The image to run.")
    String image;

    @Option(names = "--replicas", paramLabel = "N",
            description = "How many instances to run (default: 1, or the sum of --place counts).")
    Integer replicas;

    @Option(names = "--port", paramLabel = "PORT", description = "The port the app listens on inside its container.")
    Integer port;

    @Option(names = "--type", paramLabel = "TYPE", description = "online, offline, batch or gpu (default: online).")
    String type;

    @Option(names = "--env", paramLabel = "KEY=VALUE", description = "An environment variable; repeat for more.")
    Map<String, String> env;

    @Option(names = "--domain", paramLabel = "HOST", description = "A custom domain the gateway and DNS answer for;"
            + " repeat for more.")
    List<String> domains;

    @Option(names = "--balancing", paramLabel = "HOW", description = "round-robin (default) or least-connections.")
    String balancing;

    @Option(names = "--expose-tcp", paramLabel = "PORT", description = "Open this TCP port on the gateway for the app"
            + " (for services that do not speak HTTP).")
    Integer exposeTcp;

    @Option(names = "--cpu", paramLabel = "CPU", description = "CPU limit, such as 500m or 2.")
    String cpu;

    @Option(names = "--memory", paramLabel = "MEMORY", description = "Memory limit, such as 256Mi or 1Gi.")
    String memory;

    @Option(names = "--gpu", paramLabel = "N", description = "GPUs per instance (needs a Kubernetes cluster with a GPU pool).")
    Integer gpu;

    @Mixin
    PlacementOptions placement;

    @Mixin
    HealthOptions health;

    @Mixin
    WaitOptions wait;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        ObjectNode body = session.object().put("name", ref.app()).put("image", image);
        if (!placement.placed()) {
            body.put("replicas", replicas == null ? 1 : replicas);
        } else if (placement.clusters != null && replicas != null) {
            body.put("replicas", replicas);
        }
        placement.addTo(body, replicas);
        if (port != null) {
            body.put("port", port);
        }
        if (type != null) {
            body.put("type", type);
        }
        if (command != null && !command.isEmpty()) {
            command.forEach(body.putArray("command")::add);
        }
        if (env != null) {
            env.forEach(body.putObject("env")::put);
        }
        if (domains != null) {
            domains.forEach(body.putArray("domains")::add);
        }
        putIfSet(body, "balancing", balancing);
        if (exposeTcp != null) {
            body.putObject("expose").put("tcp", exposeTcp);
        }
        if (cpu != null || memory != null || gpu != null) {
            ObjectNode resources = body.putObject("resources");
            putIfSet(resources, "cpu", cpu);
            putIfSet(resources, "memory", memory);
            if (gpu != null) {
                resources.put("gpu", gpu);
            }
        }
        health.addTo(body, spec);
        var created = session.api().post(ApiPaths.apps(ref.system()), body);
        wait.finish(session, ref, created, "app " + ref + " created");
        return 0;
    }

    static void putIfSet(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
