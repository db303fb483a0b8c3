package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.PodmanCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real containers: no new privileges, a pids limit, and one network per system that others cannot reach. */
class PodmanSecurityIT extends AbstractPodmanRuntimeIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final AppKey other = PodmanTests.newApp("podsecb");

    PodmanSecurityIT() {
        super("podseca");
    }

    @AfterEach
    void removeTheOtherSystem() {
        PodmanCli.removeContainersOf(other.system());
    }

    private RuntimeInstance start(AppKey key) {
        return runtime.start(PodmanTests.spec(key, List.of(), 0, 0, 0));
    }

    private ExecResult exec(RuntimeInstance in, String... command) {
        return runtime.exec(in.id(), List.of(command), TIMEOUT).orElseThrow();
    }

    private static String address(RuntimeInstance instance) {
        return PodmanCli.podman("inspect", "--format", "{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}",
                ContainerPlan.containerName(instance.app().system(), instance.id(), null));
    }

    /** Sends a GET to the address from inside {@code from}; the answer's status line, or what nc said. */
    private String get(RuntimeInstance from, String address) {
        ExecResult result = exec(from, "/bin/sh", "-c",
                "printf 'GET / HTTP/1.0\\r\\n\\r\\n' | nc -w 3 " + address + " 8080 2>&1");
        return result.stdout();
    }

    @Test
    void anInstanceRunsWithNoNewPrivilegesNoCapabilitiesAndAPidsLimit() {
        RuntimeInstance instance = start(app);

        String status = exec(instance, "cat", "/proc/self/status").stdout();

        assertThat(status).containsPattern("NoNewPrivs:\\s+1").containsPattern("CapEff:\\s+0+\\n")
                .containsPattern("CapBnd:\\s+0+\\n");
        assertThat(PodmanCli.podman("inspect", "--format", "{{.HostConfig.PidsLimit}} {{.HostConfig.Privileged}}",
                ContainerPlan.containerName(app.system(), instance.id(), null))).isEqualTo("1024 false");
    }

    @Test
    void anInstanceReachesItsOwnSystemByContainerAddressButNotAnotherSystem() {
        RuntimeInstance a1 = start(app);
        RuntimeInstance a2 = start(app);
        RuntimeInstance b = start(other);

        assertThat(get(a1, address(a2))).startsWith("HTTP/1.1 200");
        assertThat(get(a1, address(b))).doesNotContain("HTTP/1.1").doesNotContain("hello from");
        assertThat(get(b, address(a1))).doesNotContain("HTTP/1.1").doesNotContain("hello from");
    }

    @Test
    void thePublishedLoopbackPortStillAnswersTheHost() throws Exception {
        RuntimeInstance instance = start(app);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + instance.port() + "/")).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(instance.host()).isEqualTo("127.0.0.1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("hello from " + instance.id());
    }

    @Test
    void theSystemsNetworkIsWharfsAndGoesWithItsLastInstance() {
        RuntimeInstance first = start(app);
        RuntimeInstance second = start(app);
        assertThat(PodmanCli.networksOf(app.system())).containsExactly("wharf-" + app.system());

        runtime.remove(first.id(), Duration.ofSeconds(1));
        assertThat(PodmanCli.networksOf(app.system())).as("still used by the second").hasSize(1);

        runtime.remove(second.id(), Duration.ofSeconds(1));
        assertThat(PodmanCli.networksOf(app.system())).isEmpty();

        assertThat(start(app).running()).as("a new instance brings the network back").isTrue();
        assertThat(PodmanCli.networksOf(app.system())).hasSize(1);
    }

    @Test
    void aStartThatFailsLeavesNoNetworkBehind() {
        var good = PodmanTests.spec(app, List.of(), 0, 0, 0);
        var missing = new io.wharf.engine.runtime.InstanceSpec(good.id(), app, 1, "localhost/wharf/no-such-image:404",
                List.of(), java.util.Map.of(), 8080, 0, 0, 0, good.labels());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.start(missing))
                .hasMessageContaining("no-such-image");
        assertThat(PodmanCli.networksOf(app.system())).isEmpty();
    }
}
