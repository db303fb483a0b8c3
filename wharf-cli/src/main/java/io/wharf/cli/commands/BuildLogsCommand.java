package io.wharf.cli.commands;

import io.wharf.cli.http.ApiPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf build logs SYSTEM/APP ID [-f]. */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Prints a build's log; the server keeps it after the build.",
                "With -o json: {\"build\": ID, \"lines\": [...]} once the log ends."})
public final class BuildLogsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "ID", description = "The build, as wharf builds lists them.")
    String id;

    @Option(names = {"-f", "--follow"}, description = "Keep printing lines as they are written, until the build ends.")
    boolean follow;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        boolean table = session.printer().isTable();
        List<String> lines = new ArrayList<>();
        session.api().streamLines(ApiPaths.buildLogs(ref.system(), ref.app(), id, follow), line -> {
            if (table) {
                session.printer().line(line);
            } else {
                lines.add(line);
            }
        });
        if (!table) {
            var json = session.object().put("build", id);
            json.set("lines", session.json().valueToTree(lines));
            session.printer().view(json, () -> "");
        }
        return 0;
    }
}
