package io.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The real server on a random port with its own home, real Podman and the sample image; each test
 * gets a system of its own, deleted with everything in it afterwards. Subclasses share one server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class AbstractRunningServerIT {
    private static final Path HOME = Homes.create("server-it");
    protected final String system = "it-" + UUID.randomUUID().toString().substring(0, 6);
    protected final String appPath = "/api/v1/systems/" + system + "/apps/hello";
    @LocalServerPort
    protected int port;
    protected ApiClient api;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        OwnHome.register(registry, HOME);
    }

    @BeforeAll
    static void buildTheSampleImage() {
        PodmanCli.ensureHelloImage();
    }

    @BeforeEach
    void createTheSystem() throws IOException {
        api = OwnHome.admin(port, HOME);
        assertThat(api.post("/api/v1/systems", "{\"name\":\"" + system + "\"}").status()).isEqualTo(201);
    }

    @AfterEach
    void deleteTheSystem() {
        api.delete("/api/v1/systems/" + system + "?cascade=true");
        await().atMost(Duration.ofSeconds(60)).until(() -> PodmanCli.containersOf(system).isEmpty());
    }

    /** The platform admin's token, for clients other than {@link #api}. */
    protected static String adminToken() {
        return OwnHome.adminToken(HOME);
    }

    /** The sample app "hello" with an HTTP health check on /healthz. */
    protected void createHello(int replicas) {
        ApiClient.Response created = api.post("/api/v1/systems/" + system + "/apps", """
                {"name": "hello", "image": "localhost/wharf/hello:1", "port": 8080, "replicas": %d,
                 "healthCheck": {"type": "http", "path": "/healthz", "periodSeconds": 1}}""".formatted(replicas));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    protected Set<String> readyIds() {
        Set<String> ids = new HashSet<>();
        api.get(appPath + "/instances").json().valueStream()
                .filter(i -> i.get("ready").asBoolean()).forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
