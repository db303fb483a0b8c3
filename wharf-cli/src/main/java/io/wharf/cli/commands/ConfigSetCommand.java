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

/** wharf config set SYSTEM/APP NAME --path P (--file F | --content TEXT) [--no-rollout]. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Sets a config file of an app and releases it, or stages it for the next release.")
public final class ConfigSetCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Parameters(index = "1", paramLabel = "NAME", description = "The config file's name, such as app.")
    String name;

    @Option(names = "--path", paramLabel = "PATH", required = true,
            description = "Where the file appears in the instances, such as /etc/app/app.conf.")
    String path;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--no-rollout", description = "Stage the change: it goes out with the app's next release.")
    boolean noRollout;

    /** Where the content comes from. */
    static final class Source {
        @Option(names = "--file", paramLabel = "FILE", description = "A local file with the content (UTF-8).")
        Path file;

        @Option(names = "--content", paramLabel = "TEXT", description = "The content itself.")
        String content;
    }

    @Override
    public Integer call() {
        String content = source.file == null ? source.content
                : LocalFiles.readOrUsageError(spec, () -> LocalFiles.readText(source.file, "--file"));
        Session session = SessionSource.of(spec);
        var config = session.api().put(ApiPaths.config(ref.system(), ref.app(), name)
                + (noRollout ? "?rollout=false" : ""), session.object().put("path", path).put("content", content));
        session.printer().done(config, noRollout ? "config " + name + " of " + ref + " staged for the next release"
                : "config " + name + " of " + ref + " set in revision " + config.path("revision").asText());
        return 0;
    }
}
