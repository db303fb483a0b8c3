package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** wharf console: a one-time link that opens the web console logged in with this command's token. */
@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Prints a link that logs a browser into the web console as you, once, within a minute.",
                "The page keeps the token in the tab only (sessionStorage) and drops the code from its address."})
public final class ConsoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        JsonNode link = session.api().post(ApiPaths.consoleLinks(), session.object());
        String url = SessionSource.urlOf(spec, link.path("path").asText());
        ObjectNode shown = link.deepCopy();
        shown.put("url", url);
        session.printer().view(shown, () -> url + "\n(works once, until " + link.path("expiresAt").asText() + ")\n");
        return 0;
    }
}
