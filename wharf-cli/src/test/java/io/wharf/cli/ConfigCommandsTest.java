package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandsTest {
    private static final String CONFIGS = "/api/v1/systems/demo/apps/hello/configs";
    private final FakeServer server = new FakeServer();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void setSendsThePathAndTheContentOfTheFileAndSaysWhichRevisionHasIt() throws Exception {
        Path file = dir.resolve("app.conf");
        Files.writeString(file, "colour = blue\nquote = \"it's\"\n");
        server.on("PUT " + CONFIGS + "/app", 201,
                "{\"name\":\"app\",\"path\":\"/etc/app/app.conf\",\"size\":29,\"revision\":4,\"staged\":false}");

        Result result = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "/etc/app/app.conf",
                "--file", file.toString());

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("config app of demo/hello set in revision 4\n");
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read(
                "{\"path\":\"/etc/app/app.conf\",\"content\":\"colour = blue\\nquote = \\\"it's\\\"\\n\"}"));
    }

    @Test
    void setWithNoRolloutStagesTheChange() {
        server.on("PUT " + CONFIGS + "/app?rollout=false", 202,
                "{\"name\":\"app\",\"path\":\"/a\",\"size\":1,\"revision\":null,\"staged\":true}");

        Result result = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "/a", "--content", "x",
                "--no-rollout");

        assertThat(result.out()).isEqualTo("config app of demo/hello staged for the next release\n");
        assertThat(server.onlyRequest().path()).isEqualTo(CONFIGS + "/app?rollout=false");
    }

    @Test
    void setNeedsExactlyOneOfFileAndContentAndAReadableFile() {
        Result both = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "/a", "--content", "x",
                "--file", "/etc/hostname");
        Result none = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "/a");
        Result missing = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "/a", "--file",
                dir.resolve("absent").toString());

        assertThat(both.code()).isEqualTo(2);
        assertThat(none.code()).isEqualTo(2);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read --file");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void getPrintsTheContentOfTheAskedRevisionAsItIs() {
        server.on("GET " + CONFIGS + "/app?revision=2", 200,
                "{\"name\":\"app\",\"path\":\"/a\",\"size\":14,\"revision\":2,\"content\":\"colour = blue\\n\"}");

        Result result = Cli.against(server, "config", "get", "demo/hello", "app", "--revision", "2");

        assertThat(result.out()).isEqualTo("colour = blue\n");
    }

    @Test
    void diffPrintsTheServersUnifiedDiff() {
        String diff = "--- /a\t(app, revision 2)\n+++ /a\t(app, revision 3)\n@@ -1 +1 @@\n-colour = blue\n+colour = green\n";
        server.on("GET " + CONFIGS + "/app/diff?from=2&to=3", 200, "text/plain;charset=UTF-8", diff);

        Result result = Cli.against(server, "config", "diff", "demo/hello", "app", "--from", "2", "--to", "3");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo(diff);
    }

    @Test
    void listShowsStagedFilesAsStaged() {
        server.on("GET " + CONFIGS, 200, """
                [{"name":"app","path":"/etc/app.conf","size":14,"revision":3,"staged":false},
                 {"name":"next","path":"/etc/next.conf","size":2,"revision":null,"staged":true}]""");

        assertThat(Cli.against(server, "config", "list", "demo/hello").out()).isEqualTo("""
                NAME   PATH             SIZE   REVISION
                app    /etc/app.conf    14     3
                next   /etc/next.conf   2      staged
                """);
    }

    @Test
    void anInvalidPathIsTheServersProblemShownWithItsFields() {
        server.on("PUT " + CONFIGS + "/app", 422, """
                {"title":"Invalid request","status":422,"detail":"path must be an absolute file path",
                 "errors":[{"field":"path","message":"must be an absolute file path"}]}""");

        Result result = Cli.against(server, "config", "set", "demo/hello", "app", "--path", "relative/x", "--content", "x");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("path", "must be an absolute file path");
    }
}
