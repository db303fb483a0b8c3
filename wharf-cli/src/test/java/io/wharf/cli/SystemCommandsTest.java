package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SystemCommandsTest {
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void createPostsTheNameAndDescriptionWithTheTokenAndSaysWhatItDid() {
        server.on("POST /api/v1/systems", 201, Samples.SYSTEM);

        Result result = Cli.against(server, "system", "create", "demo", "--description", "The demo team");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(result.out()).isEqualTo("system/demo created\n");
        FakeServer.Request request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.authorization()).isEqualTo("Bearer t0ken");
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(Json.read(request.body())).isEqualTo(Json.read("{\"name\":\"demo\",\"description\":\"The demo team\"}"));
    }

    @Test
    void createWithoutADescriptionSendsOnlyTheName() {
        server.on("POST /api/v1/systems", 201, Samples.SYSTEM);

        Cli.against(server, "system", "create", "demo");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("{\"name\":\"demo\"}"));
    }

    @Test
    void createAsJsonPrintsTheCreatedSystem() {
        server.on("POST /api/v1/systems", 201, Samples.SYSTEM);

        Result result = Cli.against(server, "-o", "json", "system", "create", "demo");

        assertThat(Json.read(result.out())).isEqualTo(Json.read(Samples.SYSTEM));
    }

    @Test
    void listPrintsOneAlignedRowPerSystemWithAnEmptyDescriptionAsADash() {
        server.on("GET /api/v1/systems", 200, Samples.SYSTEMS);

        Result result = Cli.against(server, "system", "list");

        assertThat(result.out()).isEqualTo("""
                NAME       DESCRIPTION     CREATED
                demo       The demo team   2026-11-26T06:53:37Z
                payments   -               2026-11-27T10:00:00Z
                """);
    }

    @Test
    void listAsJsonPrintsTheServersArrayPrettyPrintedForJq() {
        server.on("GET /api/v1/systems", 200, Samples.SYSTEMS);

        Result result = Cli.against(server, "system", "list", "--output", "json");

        assertThat(Json.read(result.out())).isEqualTo(Json.read(Samples.SYSTEMS));
        assertThat(result.out()).startsWith("[\n  {\n    \"name\": \"demo\",");
    }

    @Test
    void listWithNoSystemsSaysHowToCreateOne() {
        server.on("GET /api/v1/systems", 200, "[]");

        assertThat(Cli.against(server, "system", "list").out()).contains("wharf system create NAME");
        assertThat(Cli.against(server, "system", "list", "-o", "json").out()).isEqualTo("[ ]\n");
    }

    @Test
    void getShowsTheSystem() {
        server.on("GET /api/v1/systems/demo", 200, Samples.SYSTEM);

        Result result = Cli.against(server, "system", "get", "demo");

        assertThat(result.out()).contains("NAME", "demo", "The demo team", "2026-11-26T06:53:37Z");
    }

    @Test
    void deleteWithCascadeAsksTheServerToDeleteTheAppsToo() {
        server.on("DELETE /api/v1/systems/demo?cascade=true", 204, null);

        Result result = Cli.against(server, "system", "delete", "demo", "--cascade");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEqualTo("system/demo deleted\n");
        assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
    }

    @Test
    void deleteWithoutCascadeSendsNoQueryAndAsJsonPrintsNothing() {
        server.on("DELETE /api/v1/systems/demo", 204, null);

        Result result = Cli.against(server, "system", "delete", "demo", "-o", "json");

        assertThat(result.code()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(server.onlyRequest().path()).isEqualTo("/api/v1/systems/demo");
    }

    @Test
    void namesAreSentAsOneEncodedPathSegment() {
        Cli.against(server, "system", "get", "a b/c");

        assertThat(server.onlyRequest().path()).isEqualTo("/api/v1/systems/a%20b%2Fc");
    }
}
