package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditCommandTest {
    private static final String AUDIT = "/api/v1/audit";
    private static final String NEWER = """
            {"id":"42","time":"2026-11-26T10:00:05.250Z","actor":"alice","tokenId":"t-7","source":"127.0.0.1",
             "method":"PUT","path":"/api/v1/systems/demo/apps/hello/replicas","operation":"scaleApp","system":"demo",
             "target":"hello","status":200,"summary":"replicas 2 -> 3"}""";
    private static final String OLDER = """
            {"id":"41","time":"2026-11-26T09:59:00Z","actor":"bob","tokenId":"t-9","source":"127.0.0.2",
             "method":"POST","path":"/api/v1/systems/demo/apps/hello/instances/hello-1/exec","operation":"exec",
             "system":"demo","target":"hello-1","status":403,"summary":null}""";
    private static final String OLDEST = """
            {"id":"40","time":"2026-11-26T09:00:00Z","actor":"admin","tokenId":"admin-token","source":"127.0.0.1",
             "method":"GET","path":"/api/v1/whoami","operation":"login","system":null,"target":null,"status":200,
             "summary":"login"}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void printsTheEntriesNewestFirstWithActorSourceRequestAndStatus() {
        server.on("GET " + AUDIT, 200, "{\"entries\":[" + NEWER + "," + OLDER + "],\"next\":null}");

        Result result = Cli.against(server, "audit");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                TIME                   ACTOR   SOURCE      REQUEST                                                       STATUS   SUMMARY
                2026-11-26T10:00:05Z   alice   127.0.0.1   PUT /api/v1/systems/demo/apps/hello/replicas                  200      replicas 2 -> 3
                2026-11-26T09:59:00Z   bob     127.0.0.2   POST /api/v1/systems/demo/apps/hello/instances/hello-1/exec   403      -
                """);
    }

    @Test
    void sendsEachFilterAsAnEncodedQueryParameter() {
        server.on("GET " + AUDIT + "?actor=alice&system=demo&operation=scaleApp&since=2026-11-26T10%3A00%3A00Z&limit=5",
                200, "{\"entries\":[],\"next\":null}");

        Result result = Cli.against(server, "audit", "--actor", "alice", "--system", "demo", "--operation", "scaleApp",
                "--since", "2026-11-26T10:00:00Z", "--limit", "5");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("No audit entries match.\n");
    }

    @Test
    void withoutAllOnlyTheFirstPageIsShownAndTheTableSaysHowToGetTheNext() {
        server.on("GET " + AUDIT + "?since=1h&limit=1", 200, "{\"entries\":[" + NEWER + "],\"next\":\"42\"}");

        Result result = Cli.against(server, "audit", "--since", "1h", "--limit", "1");

        assertThat(server.requests()).hasSize(1);
        assertThat(result.out()).contains("alice").doesNotContain("bob")
                .endsWith("Older entries exist: add --before 42 for the next page, or --all for every page.\n");
    }

    @Test
    void allFollowsNextUntilTheLastPageKeepingTheFilters() {
        server.on("GET " + AUDIT + "?system=demo&limit=1", 200, "{\"entries\":[" + NEWER + "],\"next\":\"42\"}");
        server.on("GET " + AUDIT + "?system=demo&limit=1&before=42", 200, "{\"entries\":[" + OLDER + "],\"next\":\"41\"}");
        server.on("GET " + AUDIT + "?system=demo&limit=1&before=41", 200, "{\"entries\":[" + OLDEST + "],\"next\":null}");

        Result table = Cli.against(server, "audit", "--system", "demo", "--limit", "1", "--all");
        Result json = Cli.against(server, "audit", "--system", "demo", "--limit", "1", "--all", "-o", "json");

        assertThat(table.code()).as(table.toString()).isZero();
        assertThat(table.out().lines().skip(1).map(line -> line.split(" +")[1]))
                .containsExactly("alice", "bob", "admin");
        assertThat(table.out()).doesNotContain("Older entries exist");
        assertThat(Json.read(json.out())).isEqualTo(Json.read(
                "{\"entries\":[" + NEWER + "," + OLDER + "," + OLDEST + "],\"next\":null}"));
    }

    @Test
    void allStopsWhenTheServerNamesTheSamePageAgain() {
        server.on("GET " + AUDIT, 200, "{\"entries\":[" + NEWER + "],\"next\":\"42\"}");
        server.on("GET " + AUDIT + "?before=42", 200, "{\"entries\":[" + OLDER + "],\"next\":\"42\"}");

        Result result = Cli.against(server, "audit", "--all");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aRefusedFilterIsExitCodeOneWithTheFieldToFix() {
        server.on("GET " + AUDIT + "?since=yesterday", 422, """
                {"title":"Invalid request","status":422,
                 "errors":[{"field":"since","message":"must be an ISO-8601 instant or a duration such as 1h"}]}""");

        Result result = Cli.against(server, "audit", "--since", "yesterday");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("  - since: must be an ISO-8601 instant or a duration such as 1h");
    }
}
