package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * wharf secret set SYSTEM/APP NAME (--value-file F | --value-stdin) [--path P | --env VAR]. There is
 * no option that takes the value itself: it would show in the process list and the shell history.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Sets a secret's value (a new version) and releases it.",
                "The value is read from a file or standard input, exactly as it is (a final line feed too:"
                        + " use printf, not echo, if the value must not end with one)."})
public final class SecretSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "NAME", description = "The secret's name, such as db-password.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Value value;

    @ArgGroup(exclusive = true)
    Where where;

    /** Where the value comes from. */
    static final class Value {
        @Option(names = "--value-file", paramLabel = "FILE", description = "A local file that holds the value.")
        Path file;

        @Option(names = "--value-stdin", description = "Read the value from standard input.")
        boolean stdin;
    }

    /** Where the value appears in the instances. */
    static final class Where {
        @Option(names = "--path", paramLabel = "PATH",
                description = "As a read-only file at PATH (default: /run/secrets/NAME).")
        String path;

        @Option(names = "--env", paramLabel = "VAR", description = "As the environment variable VAR.")
        String env;
    }

    @Override
    public Integer call() {
        String secret = LocalFiles.readOrUsageError(spec, () -> value.file != null
                ? LocalFiles.readText(value.file, "--value-file")
                : LocalFiles.readText(SessionSource.stdin(spec), "standard input"));
        Session session = SessionSource.of(spec);
        var body = session.object().put("value", secret);
        if (where != null && where.path != null) {
            body.put("path", where.path);
        }
        if (where != null && where.env != null) {
            body.put("env", where.env);
        }
        var answer = session.api().put(ApiPaths.secret(ref.system(), ref.app(), name), body);
        session.printer().done(answer, "secret " + name + " of " + ref + " set to version "
                + answer.path("version").asText() + " in revision " + answer.path("revision").asText());
        return 0;
    }
}
