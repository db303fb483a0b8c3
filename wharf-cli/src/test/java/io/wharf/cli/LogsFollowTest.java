package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogsFollowTest {
    private static final String HELLO = "/api/v1/systems/demo/apps/hello";
    private static final String A1 = "GET " + HELLO + "/instances/hello-a1/logs?follow=true&timestamps=true";
    private static final String RUNNING = """
            [{"id":"hello-a1","state":"running","ready":true}]""";
    private static final String GONE = "[]";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFollowedInstanceReconnectsWithItsCursorAndPrintsEveryLineOnce() {
        FakeServer.LineStream first = server.onStream(A1 + "&tail=100");
        first.send("2026-01-31T12:00:05Z one");
        first.send("2026-01-31T12:00:05Z two");
        first.end();
        FakeServer.LineStream second = server.onStream(A1 + "&cursor=2026-01-31T12:00:05Z/2");
        second.send("2026-01-31T12:00:05Z three");
        second.send("2026-01-31T12:00:06.5Z four");
        second.end();
        server.on("GET " + HELLO + "/instances", 200, RUNNING);
        server.on("GET " + HELLO + "/instances", 200, GONE);

        Result result = Cli.against(server, "logs", "-f", "demo/hello", "hello-a1");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("one\ntwo\nthree\nfour\n");
        assertThat(server.requests()).extracting(FakeServer.Request::path).containsExactly(
                HELLO + "/instances/hello-a1/logs?follow=true&timestamps=true&tail=100",
                HELLO + "/instances",
                HELLO + "/instances/hello-a1/logs?follow=true&timestamps=true&cursor=2026-01-31T12:00:05Z/2",
                HELLO + "/instances");
    }

    @Test
    void aDroppedStreamIsResumedAfterTheLastLinePrintedAndTheServersNoteGoesToStderr() {
        FakeServer.LineStream first = server.onStream(A1 + "&tail=3");
        first.send("2026-01-31T12:00:05Z one");
        first.send("2026-01-31T12:00:06Z two");
        first.send("wharf: this stream was dropped because the client read more slowly than the instances wrote");
        first.end();
        FakeServer.LineStream second = server.onStream(A1 + "&cursor=2026-01-31T12:00:06Z/1");
        second.send("2026-01-31T12:00:07Z three");
        second.end();
        server.on("GET " + HELLO + "/instances", 200, RUNNING);
        server.on("GET " + HELLO + "/instances", 200, GONE);

        Result result = Cli.against(server, "logs", "-f", "demo/hello", "hello-a1", "--tail", "3");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("one\ntwo\nthree\n");
        assertThat(result.err()).contains("dropped");
    }

    @Test
    void withTimestampsEachLineKeepsTheTimeItWasWritten() {
        FakeServer.LineStream log = server.onStream(A1 + "&tail=100");
        log.send("2026-01-31T12:00:05Z one");
        log.end();
        server.on("GET " + HELLO + "/instances", 200, GONE);

        Result result = Cli.against(server, "logs", "-f", "--timestamps", "demo/hello", "hello-a1");

        assertThat(result.out()).isEqualTo("2026-01-31T12:00:05Z one\n");
    }

    @Test
    void followingEndsWhenTheInstanceHasEnded() {
        FakeServer.LineStream log = server.onStream(A1 + "&tail=100");
        log.send("2026-01-31T12:00:05Z bye");
        log.end();
        server.on("GET " + HELLO + "/instances", 200, """
                [{"id":"hello-a1","state":"exited","ready":false}]""");

        Result result = Cli.against(server, "logs", "-f", "demo/hello", "hello-a1");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("bye\n");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void aStillRunningInstanceWhoseLogKeepsEndingEmptyIsGivenUpAfterThreeReconnects() {
        FakeServer.LineStream first = server.onStream(A1 + "&tail=100");
        first.send("2026-01-31T12:00:05Z one");
        first.end();
        FakeServer.LineStream again = server.onStream(A1 + "&cursor=2026-01-31T12:00:05Z/1");
        again.end();
        again.end();
        again.end();
        server.on("GET " + HELLO + "/instances", 200, RUNNING);

        Result result = Cli.against(server, "logs", "-f", "demo/hello", "hello-a1");

        assertThat(result.code()).as(result.toString()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("one\n");
        assertThat(result.err()).contains("3 times in a row");
    }

    @Test
    void theAppsLogIsFollowedAgainFromItsNewestLineSayingThatLinesMayBeMissing() {
        String app = "GET " + HELLO + "/logs?follow=true";
        FakeServer.LineStream first = server.onStream(app + "&tail=100");
        first.send("[hello-a1] one");
        first.end();
        FakeServer.LineStream later = server.onStreamStartingWith(app + "&since=");
        later.send("[hello-b2] two");
        later.end();
        later.end();
        later.end();
        later.end();

        Instant started = Instant.now();

        Result result = Cli.against(server, "logs", "-f", "demo/hello");

        assertThat(result.out()).isEqualTo("[hello-a1] one\n[hello-b2] two\n");
        String reconnect = server.requests().get(1).path();
        assertThat(Instant.parse(reconnect.substring(reconnect.indexOf("since=") + "since=".length())))
                .as("the server refuses tail=0: the reconnect asks for lines from its own time on")
                .isBetween(started, Instant.now());
        assertThat(result.err()).contains("lines written meanwhile may be missing");
        assertThat(result.code()).as("gives up after three reconnects without a line").isEqualTo(1);
    }

    @Test
    void timestampsWithoutFollowIsAUsageError() {
        Result result = Cli.against(server, "logs", "demo/hello", "--timestamps");

        assertThat(result.code()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }
}
