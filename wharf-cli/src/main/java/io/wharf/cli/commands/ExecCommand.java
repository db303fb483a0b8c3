package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiException;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.http.Problem;
import java.io.IOException;
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
import picocli.CommandLine.TypeConversionException;

/** wharf exec [-i] [-t] SYSTEM/APP[/INSTANCE] [INSTANCE] [--timeout 30s] -- COMMAND [ARG...]. */
@Command(name = "exec", mixinStandardHelpOptions = true,
        description = {"Runs a command in an instance. Without INSTANCE: in the app's first ready instance.",
                "Without -i or -t: waits for it, without a terminal and without input, prints what it wrote to its",
                "output and error to wharf's own, and exits with its exit code (wharf's own failures are said on",
                "the error stream, with exit codes 1 to 4). Each stream is cut at 1 MiB. With -o json:",
                "{\"exitCode\", \"stdout\", \"stderr\", \"truncated\"}.",
                "With -i, -t or -it: an interactive session over a WebSocket, such as a shell: wharf exec -it demo/hello -- sh",
                "(-t puts wharf's terminal in raw mode and follows its size; Ctrl-C goes to the command).",
                "The command is run as given, with no shell: use -- sh -c '...' for pipes or variables."})
public final class ExecCommand implements Callable<Integer> {
    private static final int MAX_TIMEOUT_SECONDS = 300;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** How much longer than the command's timeout the server's answer may take. */
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "SYSTEM/APP[/INSTANCE] [INSTANCE] -- COMMAND",
            description = "The app, the instance as `wharf ps` lists them, then the program and its arguments after --.")
    List<String> words;

    @Option(names = {"-i", "--stdin"}, description = "Send wharf's standard input to the command.")
    boolean stdin;

    @Option(names = {"-t", "--tty"}, description = "Run the command on a terminal (when wharf's input is one).")
    boolean tty;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = WaitOptions.DurationConverter.class,
            description = "Without -i or -t: how long the command may run, 1s to 5m (default: 30s).")
    Duration timeout;

    @Override
    public Integer call() throws IOException {
        ExecTarget target = target();
        boolean interactive = stdin || tty;
        if (interactive && timeout != null) {
            throw new ParameterException(spec.commandLine(), "--timeout goes without -i and -t: an interactive "
                    + "session lasts until its command ends");
        }
        long seconds = (timeout == null ? DEFAULT_TIMEOUT : timeout).toMillis();
        seconds = (seconds + 999) / 1000;
        if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
            throw new ParameterException(spec.commandLine(), "--timeout must be between 1s and 5m, not " + timeout);
        }
        Session session = SessionSource.of(spec);
        String instance = target.instance() != null ? target.instance() : firstReady(session, target.app());
        if (interactive) {
            return new TerminalRun(session, SessionSource.root(spec).settings(), SessionSource.stdin(spec),
                    SessionSource.stdout(spec), spec.commandLine().getErr())
                    .run(target.app(), instance, target.command(), stdin, tty);
        }
        return once(session, target, instance, seconds);
    }

    private ExecTarget target() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        int dashes = args.indexOf("--");
        try {
            return ExecTarget.parse(words, dashes < 0 ? -1 : args.size() - dashes - 1);
        } catch (IllegalArgumentException | TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The app's first ready instance, in the order the server lists them. */
    private static String firstReady(Session session, AppRef app) {
        for (JsonNode instance : session.api().get(ApiPaths.instances(app.system(), app.app()))) {
            if (instance.path("ready").asBoolean()) {
                return instance.path("id").asText();
            }
        }
        throw new ApiException(new Problem(409, "No ready instance", "app " + app + " has no ready instance to run "
                + "the command in; name one (wharf ps " + app + " lists them)", List.of()));
    }

    private int once(Session session, ExecTarget target, String instance, long seconds) {
        ObjectNode body = session.object().put("timeoutSeconds", seconds);
        target.command().forEach(body.putArray("command")::add);
        JsonNode result = session.api().post(ApiPaths.instanceExec(target.app().system(), target.app().app(), instance),
                body, Duration.ofSeconds(seconds).plus(ANSWER_MARGIN));
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
