package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf exec SYSTEM/APP INSTANCE [--timeout 30s] -- COMMAND [ARG...]. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = {"Runs a command in an instance and waits for it, without a terminal and without input.",
                "Prints what it wrote to its output and error to wharf's own, and exits with its exit code",
                "(wharf's own failures are said on the error stream, with exit codes 1 to 4).",
                "The command is run as given, with no shell: use -- sh -c '...' for pipes or variables.",
                "Each stream is cut at 1 MiB. With -o json: {\"exitCode\", \"stdout\", \"stderr\", \"truncated\"}."})
public final class ExecCommand implements Callable<Integer> {
    private static final int MAX_TIMEOUT_SECONDS = 300;
    /** How much longer than the command's timeout the server's answer may take. */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "INSTANCE", description = "The instance, as `wharf ps` lists them.")
    String instance;

    @Parameters(index = "2..*", paramLabel = "COMMAND", arity = "1..*",
            description = "The program and its arguments, after --.")
    List<String> command;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s",
            converter = WaitOptions.DurationConverter.class,
            description = "How long the command may run, 1s to 5m (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Override
    public Integer call() {
        long seconds = (timeout.toMillis() + 999) / 1000;
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--timeout must be between 1s and 5m, not " + timeout);
        }
        Session session = SessionSource.of(spec);
        ObjectNode body = session.object().put("timeoutSeconds", seconds);
        command.forEach(body.putArray("command")::add);
        JsonNode result = session.api().post(ApiPaths.instanceExec(ref.system(), ref.app(), instance), body,
                Duration.ofSeconds(seconds).plus(ANSWER_MARGIN));
        session.printer().view(result, () -> result.path("stdout").asText());
        PrintWriter err = spec.commandLine().getErr();
        if (session.printer().isTable()) {
            err.print(result.path("stderr").asText());
            if (result.path("truncated").asBoolean()) {
                err.println("wharf: the output was cut at 1 MiB per stream");
            }
        }
        err.flush();
        return result.path("exitCode").asInt();
    }
}
