package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventsFollowTest {
    private static final String DEMO = "/api/v1/systems/demo";
    private static final String HELLO = DEMO + "/apps/hello";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String event(long id, String app, String reason, String message) {
        return """
                {"id":%d,"app":"%s","time":"2026-12-07T07:00:%02dZ","type":"Normal","reason":"%s","message":"%s"}"""
                .formatted(id, app, id, reason, message);
    }

    @Test
    void followingPrintsTheNewestOldestFirstThenEachNewOneAndResumesAfterTheLastPrinted() {
        server.on("GET " + HELLO + "/events?limit=100", 200,
                "[" + event(7, "hello", "Scaled", "scaled to 2") + "," + event(5, "hello", "Created", "created") + "]");
        FakeServer.LineStream first = server.onStream("GET " + HELLO + "/events?follow=true&after=7");
        first.send("");
        first.send(event(9, "hello", "Started", "started instance hello-b2"));
        first.end();
        server.on("GET " + HELLO + "/events?follow=true&after=9", 404, """
                {"type":"about:blank","title":"Not Found","status":404,"detail":"app demo/hello not found"}""");

        Result result = Cli.against(server, "events", "-f", "demo/hello");

        assertThat(result.out().lines().toList()).satisfiesExactly(
                line -> assertThat(line).contains("Created").endsWith("created"),
                line -> assertThat(line).contains("Scaled").endsWith("scaled to 2"),
                line -> assertThat(line).contains("Started").endsWith("started instance hello-b2"));
        assertThat(server.requests()).extracting(FakeServer.Request::path).containsExactly(
                HELLO + "/events?limit=100", HELLO + "/events?follow=true&after=7", HELLO + "/events?follow=true&after=9");
        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("app demo/hello not found");
    }

    @Test
    void aSystemsEventsShowEachEventsApp() {
        server.on("GET " + DEMO + "/events?limit=100", 200,
                "[" + event(8, "web", "Ready", "instance web-a1 is ready") + "," + event(6, "hello", "Created", "created") + "]");

        Result result = Cli.against(server, "events", "demo");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                TIME                   APP     TYPE     REASON    MESSAGE
                2026-12-07T07:00:08Z   web     Normal   Ready     instance web-a1 is ready
                2026-12-07T07:00:06Z   hello   Normal   Created   created
                """);
    }

    @Test
    void withJsonOutputEachFollowedEventIsPrintedAsTheServerSentIt() {
        server.on("GET " + HELLO + "/events?limit=1", 200, "[]");
        FakeServer.LineStream stream = server.onStream("GET " + HELLO + "/events?follow=true&after=0");
        stream.send(event(3, "hello", "Scaled", "scaled to 1"));
        stream.end();
        server.on("GET " + HELLO + "/events?follow=true&after=3", 404, """
                {"type":"about:blank","title":"Not Found","status":404,"detail":"app demo/hello not found"}""");

        Result result = Cli.against(server, "events", "-f", "--limit", "1", "-o", "json", "demo/hello");

        assertThat(result.out()).isEqualTo(event(3, "hello", "Scaled", "scaled to 1") + "\n");
    }

    @Test
    void somethingThatIsNeitherASystemNorAnAppIsRefusedSayingWhatToGive() {
        Result result = Cli.against(server, "events", "demo/hello/x");

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("SYSTEM/APP");
    }
}
