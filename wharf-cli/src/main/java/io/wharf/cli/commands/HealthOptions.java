package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The --health-* options of app create, which become the app's "healthCheck". */
public final class HealthOptions {
    @Option(names = "--health-http", paramLabel = "PATH",
            description = "Ready when GET PATH answers 2xx or 3xx, such as /healthz.")
    String httpPath;

    @Option(names = "--health-tcp", description = "Ready when the port accepts a TCP connection.")
    boolean tcp;

    @Option(names = "--health-port", paramLabel = "PORT", description = "The port to check (default: --port).")
    Integer port;

    @Option(names = "--health-period", paramLabel = "SECONDS", description = "Seconds between checks.")
    Integer periodSeconds;

    @Option(names = "--health-timeout", paramLabel = "SECONDS", description = "Seconds a check may take.")
    Integer timeoutSeconds;

    @Option(names = "--health-failures", paramLabel = "N",
            description = "Failed checks in a row that make an instance unready.")
    Integer failureThreshold;

    /** Adds "healthCheck" to the app body when a check was asked for; a usage error when the options contradict. */
    void addTo(ObjectNode app, CommandSpec spec) {
        if (httpPath != null && tcp) {
            throw new ParameterException(spec.commandLine(),
                    "--health-http and --health-tcp exclude each other: choose one");
        }
        if (httpPath == null && !tcp) {
            if (port != null || periodSeconds != null || timeoutSeconds != null || failureThreshold != null) {
                throw new ParameterException(spec.commandLine(),
                        "--health-port, --health-period, --health-timeout and --health-failures"
                                + " need --health-http PATH or --health-tcp");
            }
            return;
        }
        ObjectNode check = app.putObject("healthCheck").put("type", tcp ? "tcp" : "http");
        AppCreateCommand.putIfSet(check, "path", httpPath);
        putIfSet(check, "port", port);
        putIfSet(check, "periodSeconds", periodSeconds);
        putIfSet(check, "timeoutSeconds", timeoutSeconds);
        putIfSet(check, "failureThreshold", failureThreshold);
    }

    private static void putIfSet(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
