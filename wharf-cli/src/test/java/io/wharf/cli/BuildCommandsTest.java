package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandsTest {
    private static final String APP = "/api/v1/systems/demo/apps/hello";
    private static final String TEXT = "text/plain;charset=UTF-8";
    private static final String QUEUED = "{\"id\":\"b-7\",\"state\":\"Queued\"}";
    private static final String SUCCEEDED = """
            {"id":"b-7","state":"Succeeded","commit":"4f2a9c1e0b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39",
             "image":"127.0.0.1:7050/demo/hello:4f2a9c1","digest":"sha256:abc123",
             "startedAt":"2026-11-26T10:00:00Z","finishedAt":"2026-11-26T10:00:42Z"}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void buildPrintsEachLogLineAsItArrivesAndExitsZeroWhenTheBuildSucceeded() {
        server.on("POST " + APP + "/builds", 202, QUEUED);
        FakeServer.LineStream log = server.onStream("GET " + APP + "/builds/b-7/logs?follow=true");
        server.on("GET " + APP + "/builds/b-7", 200, SUCCEEDED);

        Cli.Running build = Cli.start(server, "build", "demo/hello");
        log.send("STEP 1/2: FROM localhost/wharf/hello:1");
        await().atMost(Duration.ofSeconds(20)).until(() -> build.out().contains("STEP 1/2"));
        assertThat(build.out()).doesNotContain("STEP 2/2");
        log.send("STEP 2/2: COPY index.html /www/");
        await().atMost(Duration.ofSeconds(20)).until(() -> build.out().contains("STEP 2/2"));
        log.end();
        Result result = build.await();

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("build b-7 of demo/hello Queued").endsWith(
                "build b-7 of demo/hello Succeeded in 42s: 127.0.0.1:7050/demo/hello:4f2a9c1@sha256:abc123\n");
        assertThat(Json.read(server.requests().get(0).body())).as("without --git: the app's source")
                .isEqualTo(Json.read("{}"));
    }

    @Test
    void aFailedBuildExitsOneWithItsStateAndMessageAfterItsLog() {
        server.on("POST " + APP + "/builds", 202, QUEUED);
        server.on("GET " + APP + "/builds/b-7/logs?follow=true", 200, TEXT, "STEP 2/3: RUN make\nmake: *** Error 2\n");
        server.on("GET " + APP + "/builds/b-7", 200, """
                {"id":"b-7","state":"Failed","message":"step 2/3 RUN make exited with 2"}""");

        Result result = Cli.against(server, "build", "demo/hello");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).contains("make: *** Error 2\nbuild b-7 of demo/hello Failed: step 2/3 RUN make exited"
                + " with 2\n");
    }

    @Test
    void aBuildThatIsStillRunningWhenItsLogEndsIsWaitedForUntilItIsOver() {
        server.on("POST " + APP + "/builds", 202, QUEUED);
        server.on("GET " + APP + "/builds/b-7/logs?follow=true", 200, TEXT, "cancelled by alice\n");
        server.on("GET " + APP + "/builds/b-7", 200, "{\"id\":\"b-7\",\"state\":\"Running\"}");
        server.on("GET " + APP + "/builds/b-7", 200, "{\"id\":\"b-7\",\"state\":\"Cancelled\",\"message\":\"by alice\"}");

        Result result = Cli.against(server, "build", "demo/hello");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).endsWith("build b-7 of demo/hello Cancelled: by alice\n");
    }

    @Test
    void buildSendsGitBuildArgsAndTheSecretFilesContentButNeverPrintsTheSecret(@TempDir Path dir) throws IOException {
        Path token = Files.writeString(dir.resolve("npm-token"), "s3cr3t-npm");
        server.on("POST " + APP + "/builds", 202, QUEUED);

        Result result = Cli.against(server, "build", "demo/hello", "--git", "file:///srv/hello.git", "--ref", "main",
                "--dockerfile", "docker/Dockerfile", "--context", "web", "--build-arg", "GO_VERSION=1.22",
                "--secret", "npm=" + token, "--no-follow");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"git":{"url":"file:///srv/hello.git","ref":"main"},"dockerfile":"docker/Dockerfile","context":"web",
                 "buildArgs":{"GO_VERSION":"1.22"},"secrets":{"npm":"s3cr3t-npm"}}"""));
        assertThat(result.out()).isEqualTo("build b-7 of demo/hello Queued; follow it with: wharf build logs demo/hello"
                + " b-7 -f\n");
        assertThat(result.out() + result.err()).doesNotContain("s3cr3t-npm");
    }

    @Test
    void aSecretFileThatCannotBeReadIsAUsageErrorAndNoBuildStarts(@TempDir Path dir) {
        Result result = Cli.against(server, "build", "demo/hello", "--secret", "npm=" + dir.resolve("missing"));

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("cannot read --secret npm");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void gitWithoutARefIsAUsageError() {
        Result result = Cli.against(server, "build", "demo/hello", "--git", "file:///srv/hello.git");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--ref");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aBuildTheServerRefusesIsReportedWithTheServersReason() {
        server.on("POST " + APP + "/builds", 422, """
                {"title":"Unprocessable","status":422,"detail":"app demo/hello has no source: give git or set one"}""");

        Result result = Cli.against(server, "build", "demo/hello");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("has no source");
    }

    @Test
    void asJsonBuildWaitsTheSameWayAndPrintsOnlyTheFinishedBuild() {
        server.on("POST " + APP + "/builds", 202, QUEUED);
        server.on("GET " + APP + "/builds/b-7/logs?follow=true", 200, TEXT, "STEP 1/1: FROM x\n");
        server.on("GET " + APP + "/builds/b-7", 200, SUCCEEDED);

        Result result = Cli.against(server, "build", "demo/hello", "-o", "json");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(result.out())).isEqualTo(Json.read(SUCCEEDED));
    }

    @Test
    void buildLogsPrintsTheKeptLogAndFollowsItWithF() {
        server.on("GET " + APP + "/builds/b-7/logs", 200, TEXT, "one\ntwo\n");
        server.on("GET " + APP + "/builds/b-7/logs?follow=true", 200, TEXT, "one\ntwo\nthree\n");

        Result kept = Cli.against(server, "build", "logs", "demo/hello", "b-7");
        Result followed = Cli.against(server, "build", "logs", "demo/hello", "b-7", "-f");

        assertThat(kept.out()).isEqualTo("one\ntwo\n");
        assertThat(followed.out()).isEqualTo("one\ntwo\nthree\n");
    }

    @Test
    void buildLogsOfAnUnknownBuildShowsTheServersReason() {
        server.on("GET " + APP + "/builds/b-9/logs", 404, """
                {"title":"Not found","status":404,"detail":"build b-9 of app demo/hello does not exist"}""");

        Result result = Cli.against(server, "build", "logs", "demo/hello", "b-9");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("build b-9 of app demo/hello does not exist");
    }

    @Test
    void buildCancelAsksTheServerToCancel() {
        server.on("POST " + APP + "/builds/b-7/cancel", 200, "{\"id\":\"b-7\",\"state\":\"Cancelled\"}");

        Result result = Cli.against(server, "build", "cancel", "demo/hello", "b-7");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("build b-7 of demo/hello: cancel requested (Cancelled)\n");
    }

    @Test
    void buildsListsEachBuildWithItsShortCommitDurationAndMessage() {
        server.on("GET " + APP + "/builds", 200, """
                [{"id":"b-8","state":"Failed","commit":"9e8d7c6b5a4f3e2d1c0b","startedAt":"2026-11-26T11:00:00Z",
                  "finishedAt":"2026-11-26T11:03:07Z","message":"step 2/3 RUN make exited with 2"},
                 {"id":"b-7","state":"Succeeded","commit":"4f2a9c1e0b7d6a5f4e3d","startedAt":"2026-11-26T10:00:00Z",
                  "finishedAt":"2026-11-26T10:00:42Z"}]""");

        Result result = Cli.against(server, "builds", "demo/hello");

        assertThat(result.out()).isEqualTo("""
                ID    STATE       COMMIT         STARTED                DURATION   MESSAGE
                b-8   Failed      9e8d7c6b5a4f   2026-11-26T11:00:00Z   3m07s      step 2/3 RUN make exited with 2
                b-7   Succeeded   4f2a9c1e0b7d   2026-11-26T10:00:00Z   42s        -
                """);
    }
}
