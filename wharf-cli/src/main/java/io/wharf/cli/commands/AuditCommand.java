package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wharf.cli.http.ApiPaths;
import io.wharf.cli.output.AuditViews;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** wharf audit [--actor U] [--system S] [--operation OP] [--since 1h|ISO] [--limit N] [--before ID] [--all] */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Shows the audit trail, newest first: every change, refused call, exec and login (admin only).")
public final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--actor", paramLabel = "USER", description = "Only what this user did.")
    String actor;

    @Option(names = "--system", paramLabel = "SYSTEM", description = "Only calls on this system.")
    String system;

    @Option(names = "--operation", paramLabel = "OP", description = "Only this operation.")
    String operation;

    @Option(names = "--since", paramLabel = "WHEN",
            description = "Only entries since an instant (2026-11-26T10:00:00Z) or for a duration back (1h, 30m, 7d).")
    String since;

    @Option(names = "--limit", paramLabel = "N", description = "Entries per page, 1 to 1000 (default: the server's, 100).")
    Integer limit;

    @Option(names = "--before", paramLabel = "ID", description = "Only entries older than this one (the next page).")
    String before;

    @Option(names = "--all", description = "Follow the pages to the oldest matching entry.")
    boolean all;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        JsonNode page = session.api().get(ApiPaths.audit(query(before)));
        if (!all) {
            session.printer().view(page, () -> AuditViews.entries(page.path("entries"), next(page)));
            return 0;
        }
        ArrayNode entries = session.json().createArrayNode();
        page.path("entries").forEach(entries::add);
        String next = next(page);
        String previous = before;
        while (next != null && !next.equals(previous)) {
            previous = next;
            JsonNode older = session.api().get(ApiPaths.audit(query(next)));
            older.path("entries").forEach(entries::add);
            next = next(older);
        }
        ObjectNode whole = session.object();
        whole.set("entries", entries);
        whole.putNull("next");
        session.printer().view(whole, () -> AuditViews.entries(entries, null));
        return 0;
    }

    private Map<String, String> query(String beforeId) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("actor", actor);
        query.put("system", system);
        query.put("operation", operation);
        query.put("since", since);
        query.put("limit", limit == null ? null : limit.toString());
        query.put("before", beforeId);
        return query;
    }

    private static String next(JsonNode page) {
        JsonNode next = page.path("next");
        return next.isNull() || next.isMissingNode() || next.asText().isBlank() ? null : next.asText();
    }
}
