package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretCommandsTest {
    private static final String SECRETS = "/api/v1/systems/demo/apps/hello/secrets";
    private static final String CHANGED = """
            {"name":"db","path":"/run/secrets/db","env":null,"version":2,"updatedAt":"2026-11-26T10:00:00Z","revision":5}""";
    private final FakeServer server = new FakeServer();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void setReadsTheValueFromAFileExactlyAndNeverPrintsIt() throws Exception {
        Path file = dir.resolve("db.txt");
        Files.writeString(file, "s3cr3t\n");
        server.on("PUT " + SECRETS + "/db", 200, CHANGED);

        Result result = Cli.against(server, "secret", "set", "demo/hello", "db", "--value-file", file.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("secret db of demo/hello set to version 2 in revision 5\n");
        assertThat(result.out() + result.err()).doesNotContain("s3cr3t");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"value\":\"s3cr3t\\n\"}"));
    }

    @Test
    void setReadsTheValueFromStandardInputAndSendsTheEnvVariable() {
        server.on("PUT " + SECRETS + "/token", 201, CHANGED);

        Result result = Cli.withInput("from-stdin", server, "secret", "set", "demo/hello", "token", "--value-stdin",
                "--env", "API_TOKEN");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body()))
                .isEqualTo(Json.read("{\"value\":\"from-stdin\",\"env\":\"API_TOKEN\"}"));
    }

    @Test
    void setSendsTheFilePathWhenGiven() {
        server.on("PUT " + SECRETS + "/db", 201, CHANGED);

        Cli.withInput("v", server, "secret", "set", "demo/hello", "db", "--value-stdin", "--path", "/etc/db.pw");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"value\":\"v\",\"path\":\"/etc/db.pw\"}"));
    }

    @Test
    void theValueCannotBeAnArgumentAndPathAndEnvExcludeEachOther() {
        Result asArgument = Cli.against(server, "secret", "set", "demo/hello", "db", "--value", "s3cr3t");
        Result noValue = Cli.against(server, "secret", "set", "demo/hello", "db");
        Result both = Cli.withInput("v", server, "secret", "set", "demo/hello", "db", "--value-stdin", "--path", "/a",
                "--env", "A");

        assertThat(asArgument.code()).isEqualTo(2);
        assertThat(noValue.code()).isEqualTo(2);
        assertThat(both.code()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void listShowsWhereEachSecretAppearsAndItsVersion() {
        server.on("GET " + SECRETS, 200, """
                [{"name":"db","path":"/run/secrets/db","env":null,"version":2,"updatedAt":"2026-11-26T10:00:00.5Z"},
                 {"name":"token","path":null,"env":"API_TOKEN","version":1,"updatedAt":"2026-11-26T09:00:00Z"}]""");

        assertThat(Cli.against(server, "secret", "list", "demo/hello").out()).isEqualTo("""
                NAME    AS                     VERSION   UPDATED
                db      file /run/secrets/db   2         2026-11-26T10:00:00Z
                token   env API_TOKEN          1         2026-11-26T09:00:00Z
                """);
    }

    @Test
    void deleteSaysWhichRevisionNoLongerHasIt() {
        server.on("DELETE " + SECRETS + "/db", 200, "{\"name\":\"db\",\"revision\":6}");

        Result result = Cli.against(server, "secret", "delete", "demo/hello", "db");

        assertThat(result.out()).isEqualTo("secret db of demo/hello deleted in revision 6\n");
    }
}
