package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.MetricViews;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** wharf top SYSTEM[/APP] [--once]. */
@Command(name = "top", mixinStandardHelpOptions = true,
        description = {"Shows how busy an app is, every 5 seconds until Ctrl-C: requests and 5xx answers per second,"
                + " latency p50 and p95, CPU cores, memory and ready instances, over the last 5 seconds.",
                "For an app: one row per refresh. For a system: a table of its apps per refresh.",
                "With -o json: the server's series (window 1m, step 5s), one answer per refresh."})
public final class TopCommand implements Callable<Integer> {
    static final Duration REFRESH = Duration.ofSeconds(5);

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM[/APP]")
    String target;

    @Option(names = "--once", description = "Print one refresh and exit.")
    boolean once;

    @Override
    public Integer call() {
        if (target.isEmpty() || target.startsWith("/") || target.endsWith("/")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "expected SYSTEM or SYSTEM/APP, such as demo or demo/hello, but was '" + target + "'");
        }
        AppRef app = target.contains("/") ? parse(target) : null;
        Session session = SessionSource.of(spec);
        if (app != null) {
            session.printer().done(MetricViews.header("TIME").stripTrailing());
        }
        do {
            if (app != null) {
                JsonNode series = series(session, app);
                session.printer().view(series, () -> MetricViews.timeRow(series));
            } else {
                system(session, target);
            }
        } while (!once && pause());
        return 0;
    }

    private AppRef parse(String text) {
        try {
            return AppRef.parse(text);
        } catch (TypeConversionException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void system(Session session, String system) {
        ArrayNode all = session.json().createArrayNode();
        StringBuilder text = new StringBuilder(MetricViews.header("APP"));
        for (JsonNode app : session.api().get(ApiPaths.apps(system))) {
            String name = app.path("name").asText();
            JsonNode series = series(session, new AppRef(system, name));
            all.add(series);
            text.append(MetricViews.appRow(name, series));
        }
        session.printer().view(all, () -> text + (once ? "" : "\n"));
    }

    private static JsonNode series(Session session, AppRef app) {
        return session.api().get(ApiPaths.metrics(app.system(), app.app(), "1m", "5s"));
    }

    /** False on Ctrl-C. */
    private static boolean pause() {
        try {
            Thread.sleep(REFRESH.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
