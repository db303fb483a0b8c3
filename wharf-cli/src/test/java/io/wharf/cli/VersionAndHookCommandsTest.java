package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VersionAndHookCommandsTest {
    private static final String APP = "/api/v1/systems/demo/apps/hello";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void versionsShowTheShortCommitTheMessagesFirstLineAndTheShortDigest() {
        server.on("GET " + APP + "/versions", 200, """
                [{"id":"v-3","image":"127.0.0.1:7050/demo/hello:4f2a9c1","buildId":"b-7",
                  "digest":"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                  "commit":"4f2a9c1e0b7d6a5f4e3d2c1b0a9f8e7d6c5b4a39","author":"Alice <alice@example.org>",
                  "message":"Say hello in French\\n\\nThe body of the commit message.","createdAt":"2026-11-26T10:00:42Z"}]""");

        Result result = Cli.against(server, "versions", "demo/hello");

        assertThat(result.out().lines().map(line -> line.split(" {3,}")).toList()).containsExactly(
                new String[] {"ID", "COMMIT", "MESSAGE", "AUTHOR", "DIGEST", "CREATED"},
                new String[] {"v-3", "4f2a9c1e0b7d", "Say hello in French", "Alice <alice@example.org>",
                        "sha256:0123456789ab", "2026-11-26T10:00:42Z"});
    }

    @Test
    void deployOfAVersionSendsItInTheRelease() {
        server.on("POST " + APP + "/releases", 201, """
                {"revision":3,"summary":"image → 127.0.0.1:7050/demo/hello@sha256:0123"}""");

        Result result = Cli.against(server, "deploy", "demo/hello", "--version", "4f2a9c1");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"version\":\"4f2a9c1\"}"));
        assertThat(result.out()).startsWith("revision 3 of demo/hello released");
    }

    @Test
    void deployTakesOnlyOneOfImageVersionAndFrom() {
        Result withImage = Cli.against(server, "deploy", "demo/hello", "--version", "v-3", "--image", "x:2");
        Result withFrom = Cli.against(server, "deploy", "demo/hello", "--version", "v-3", "--from", "demo-test");

        assertThat(withImage.code()).isEqualTo(2);
        assertThat(withImage.err()).contains("give one of --image, --version and --from");
        assertThat(withFrom.code()).isEqualTo(2);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void deployHelpStillWorksAndNamesTheVersionOption() {
        Result result = Cli.against(server, "deploy", "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--version=V", "--image=IMAGE", "--from=SYSTEM");
    }

    @Test
    void hooksListEachDeliveryWithWhatWasDoneOrWhyNot() {
        server.on("GET " + APP + "/hooks/deliveries", 200, """
                [{"id":"d-2","time":"2026-11-26T10:05:00Z","event":"push","deliveryId":"72d3162e",
                  "outcome":"ignored","reason":"push to refs/heads/dev, the source tracks main"},
                 {"id":"d-1","time":"2026-11-26T10:00:00Z","event":"push","deliveryId":"5a1f0c2b",
                  "outcome":"built","reason":"build b-7","buildId":"b-7"}]""");

        Result result = Cli.against(server, "hooks", "demo/hello");

        assertThat(result.out()).isEqualTo("""
                TIME                   EVENT   DELIVERY   OUTCOME   REASON
                2026-11-26T10:05:00Z   push    72d3162e   ignored   push to refs/heads/dev, the source tracks main
                2026-11-26T10:00:00Z   push    5a1f0c2b   built     build b-7
                """);
    }

    @Test
    void noDeliveriesYetSaysSo() {
        server.on("GET " + APP + "/hooks/deliveries", 200, "[]");

        assertThat(Cli.against(server, "hooks", "demo/hello").out())
                .isEqualTo("No webhook deliveries for app demo/hello yet.\n");
    }
}
