package io.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A server killed with SIGKILL loses nothing: on restart it adopts its instances and removes orphans. */
class ServerRestartIT {
    private final Path home = Homes.create("restart");
    private ServerProcess server;

    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (server != null) {
            api(server).delete("/api/v1/systems/keep?cascade=true");
            await().atMost(Duration.ofSeconds(30)).until(() -> PodmanCli.containersOf("keep", "web").isEmpty());
            server.close();
        }
        Homes.stopPodmanService(home);
        List<String> ghosts = PodmanCli.containersOf("keep", "ghost");
        if (!ghosts.isEmpty()) {
            PodmanCli.podman("rm", "-f", ghosts.get(0));
        }
    }

    private static ApiClient api(ServerProcess server) {
        return new ApiClient(server.url(), server.token());
    }

    private static void awaitAvailable(ApiClient api, int replicas) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode status = api.get("/api/v1/systems/keep/apps/web").json().get("status");
            assertThat(status.get("phase").asString()).isEqualTo("Available");
            assertThat(status.get("readyReplicas").asInt()).isEqualTo(replicas);
        });
    }

    @Test
    void afterAKillNineTheRestartedServerHasTheSameAppsAndContainersAndNoOrphans() throws Exception {
        server = new ServerProcess(home).start();
        ApiClient api = api(server);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"keep\",\"description\":\"survives\"}").status()).isEqualTo(201);
        assertThat(api.post("/api/v1/systems/keep/apps", """
                {"name": "web", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": 2,
                 "env": {"GREETING": "hi"}, "healthCheck": {"type": "tcp"}}""").status()).isEqualTo(201);
        awaitAvailable(api, 2);
        List<String> before = PodmanCli.containersOf("keep", "web");

        server.kill9();
        String installation = Files.readString(home.resolve("installation.id")).trim();
        PodmanCli.podman("run", "-d", "--label", "wharf.io/system=keep", "--label", "wharf.io/app=ghost",
                "--label", "wharf.io/instance=ghost-zzzzz", "--label", "wharf.io/revision=1",
                "--label", "wharf.io/installation=" + installation, "localhost/wharf/hello:1");
        server = new ServerProcess(home).start();
        api = api(server);

        awaitAvailable(api, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> PodmanCli.containersOf("keep", "ghost").isEmpty());
        assertThat(PodmanCli.containersOf("keep", "web")).containsExactlyInAnyOrderElementsOf(before);
        JsonNode app = api.get("/api/v1/systems/keep/apps/web").json();
        assertThat(app.get("replicas").asInt()).isEqualTo(2);
        assertThat(app.get("env").get("GREETING").asString()).isEqualTo("hi");
        assertThat(api.get("/api/v1/systems/keep").json().get("description").asString()).isEqualTo("survives");
        assertThat(api.get("/api/v1/systems/keep/apps/web/events").json().valueStream()
                .map(e -> e.get("reason").asString())).contains("Adopted", "Created");
    }
}
