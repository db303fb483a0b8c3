package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PsAndEventsTest {
    private static final String HELLO = "/api/v1/systems/demo/apps/hello";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private static String instance(String id, boolean ready, String address, long secondsAgo) {
        return """
                {"id":"%s","state":"running","ready":%s,"address":%s,"revision":1,"restarts":0,"startedAt":"%s","cluster":"local"}"""
                .formatted(id, ready, address == null ? "null" : "\"" + address + "\"",
                        Instant.now().minusSeconds(secondsAgo));
    }

    @Test
    void psShowsEachInstanceWithItsAddressAndAge() {
        server.on("GET " + HELLO + "/instances", 200, "[" + instance("hello-x7k2q", true, "127.0.0.1:40123", 300) + ","
                + instance("hello-a1", false, null, 3 * 3600) + "]");

        Result result = Cli.against(server, "ps", "demo/hello");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("""
                ID            CLUSTER   STATE     READY   ADDRESS           REVISION   RESTARTS   AGE
                hello-x7k2q   local     running   true    127.0.0.1:40123   1          0          5m
                hello-a1      local     running   false   -                 1          0          3h
                """);
    }

    @Test
    void psAsJsonPrintsTheInstancesAsTheServerSentThem() {
        String instances = "[" + instance("hello-x7k2q", true, "127.0.0.1:40123", 5) + "]";
        server.on("GET " + HELLO + "/instances", 200, instances);

        assertThat(Json.read(Cli.against(server, "ps", "demo/hello", "-o", "json").out())).isEqualTo(Json.read(instances));
    }

    @Test
    void psOfAnAppWithoutInstancesSaysSo() {
        server.on("GET " + HELLO + "/instances", 200, "[]");

        assertThat(Cli.against(server, "ps", "demo/hello").out()).isEqualTo("No instances of app demo/hello.\n");
    }

    @Test
    void eventsAreListedNewestFirstAsTheServerOrdersThem() {
        server.on("GET " + HELLO + "/events?limit=100", 200, """
                [{"time":"2026-11-26T07:00:01.250Z","type":"Warning","reason":"Exited",
                  "message":"instance hello-x7k2q exited with code 137; starting a replacement"},
                 {"time":"2026-11-26T06:53:37Z","type":"Normal","reason":"Created",
                  "message":"created with 3 replicas of localhost/wharf/hello:1"}]""");

        Result result = Cli.against(server, "events", "demo/hello");

        assertThat(result.out()).isEqualTo("""
                TIME                   TYPE      REASON    MESSAGE
                2026-11-26T07:00:01Z   Warning   Exited    instance hello-x7k2q exited with code 137; starting a replacement
                2026-11-26T06:53:37Z   Normal    Created   created with 3 replicas of localhost/wharf/hello:1
                """);
    }
}
