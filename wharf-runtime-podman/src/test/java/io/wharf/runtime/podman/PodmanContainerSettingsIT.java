package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceFile;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import io.wharf.engine.runtime.RuntimeInstance;
import io.wharf.model.AppKey;
import io.wharf.testkit.Homes;
import io.wharf.testkit.PodmanCli;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a started container looks like to Podman: loopback only, limited, unprivileged, labelled. */
class PodmanContainerSettingsIT {
    private static final long MEMORY = 64L * 1024 * 1024;
    private static Path home;
    private final AppKey app = PodmanTests.newApp("podset");
    private PodmanRuntime runtime;
    private DockerClient docker;

    @BeforeAll
    static void buildTheSampleImageAndMakeAHome() {
        PodmanCli.ensureHelloImage();
        home = PodmanTests.newHome();
    }

    @AfterAll
    static void stopTheService() throws Exception {
        Homes.delete(home);
    }

    @BeforeEach
    void connect() {
        runtime = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()));
        docker = DockerClients.open(home.resolve("podman.sock"), Duration.ofSeconds(30));
    }

    @AfterEach
    void removeEverythingOfThisTest() throws Exception {
        runtime.list().stream().filter(i -> i.app().equals(app)).forEach(i -> runtime.remove(i.id(), Duration.ofSeconds(1)));
        PodmanCli.removeContainersOf(app.system());
        runtime.close();
        docker.close();
    }

    private InspectContainerResponse inspectContainerOf(String instanceId) {
        List<String> ids = PodmanCli.containersOf(app.system());
        return ids.stream().map(id -> docker.inspectContainerCmd(id).exec())
                .filter(c -> instanceId.equals(c.getConfig().getLabels().get(Labels.INSTANCE))).findFirst().orElseThrow();
    }

    @Test
    void thePortIsPublishedOnLoopbackOnlyOnAPortPodmanPicks() throws Exception {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        InspectContainerResponse container = inspectContainerOf(instance.id());
        Ports.Binding[] bindings = container.getHostConfig().getPortBindings().getBindings().get(ExposedPort.tcp(8080));
        assertThat(bindings).singleElement().satisfies(b -> assertThat(b.getHostIp()).isEqualTo("127.0.0.1"));
        Ports.Binding[] published = container.getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(8080));
        assertThat(published).singleElement().satisfies(b -> {
            assertThat(b.getHostIp()).isEqualTo("127.0.0.1");
            assertThat(b.getHostPortSpec()).isEqualTo(Integer.toString(instance.port()));
        });
        assertThat(PodmanCli.podman("port", container.getId())).isEqualTo("8080/tcp -> 127.0.0.1:" + instance.port());
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
                HttpRequest.newBuilder(URI.create("http://" + instance.address() + "/")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).startsWith("hello from " + instance.id() + " "));
    }

    @Test
    void memoryCpuAndSharesLimitsAreApplied() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 500, MEMORY, 512));

        HostConfig host = inspectContainerOf(instance.id()).getHostConfig();
        assertThat(host.getMemory()).isEqualTo(MEMORY);
        assertThat(host.getMemorySwap()).isEqualTo(MEMORY);
        assertThat(host.getNanoCPUs()).isEqualTo(500_000_000L);
        assertThat(host.getCpuShares()).isEqualTo(512);
    }

    @Test
    void noLimitsMeansNoLimits() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        HostConfig host = inspectContainerOf(instance.id()).getHostConfig();
        assertThat(host.getMemory()).isZero();
        assertThat(host.getNanoCPUs()).isZero();
    }

    @Test
    void theContainerIsUnprivilegedDropsEveryCapabilityAndCannotGainPrivileges() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        InspectContainerResponse container = inspectContainerOf(instance.id());
        assertThat(container.getHostConfig().getPrivileged()).isFalse();
        assertThat(container.getHostConfig().getSecurityOpts()).contains("no-new-privileges");
        assertThat(container.getHostConfig().getRestartPolicy().getName()).isIn("no", "");
        assertThat(PodmanCli.podman("inspect", "--format", "{{.EffectiveCaps}}", container.getId())).isEqualTo("[]");
        String status = PodmanCli.podman("exec", container.getId(), "cat", "/proc/1/status");
        assertThat(status).containsPattern("CapEff:\\s+0000000000000000")
                .containsPattern("CapPrm:\\s+0000000000000000")
                .containsPattern("NoNewPrivs:\\s+1");
    }

    @Test
    void everyLabelOfTheSpecIsOnTheContainerAndTheHostnameIsTheInstanceId() {
        InstanceSpec spec = PodmanTests.spec(app, List.of(), 0, 0, 0);
        RuntimeInstance instance = runtime.start(spec);

        InspectContainerResponse container = inspectContainerOf(instance.id());
        assertThat(container.getConfig().getLabels()).containsAllEntriesOf(spec.labels());
        assertThat(container.getConfig().getHostName()).isEqualTo(spec.id());
        assertThat(container.getConfig().getEnv()).contains("GREETING=hi");
        assertThat(container.getName()).isEqualTo("/wharf-" + app.system() + "-" + spec.id());
        assertThat(instance.revision()).isEqualTo(3);
    }

    @Test
    void aContainerThatCannotStartIsRemovedAndTheErrorSaysWhy() {
        InstanceSpec spec = PodmanTests.spec(app, List.of("/no/such/program"), 0, 0, 0);

        assertThatThrownBy(() -> runtime.start(spec))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining(spec.id())
                .hasMessageContaining("/no/such/program");
        assertThat(PodmanCli.containersOf(app.system())).isEmpty();
        assertThat(runtime.inspect(spec.id())).isEmpty();
    }

    @Test
    void aMissingImageSaysItIsNotPresentLocally() {
        InstanceSpec good = PodmanTests.spec(app, List.of(), 0, 0, 0);
        InstanceSpec missing = new InstanceSpec(good.id(), app, 1, "localhost/wharf/absent:9", List.of(), Map.of(),
                null, 0, 0, 0, good.labels());

        assertThatThrownBy(() -> runtime.start(missing))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("image localhost/wharf/absent:9 is not present locally")
                .hasMessageContaining(good.id());
        assertThat(PodmanCli.containersOf(app.system())).isEmpty();
    }

    @Test
    void anInstanceWithoutAPortHasNoAddress() {
        InstanceSpec good = PodmanTests.spec(app, List.of(), 0, 0, 0);
        InstanceSpec portless = new InstanceSpec(good.id(), app, 1, good.image(), List.of("sleep", "60"), Map.of(),
                null, 0, 0, 0, good.labels());

        RuntimeInstance instance = runtime.start(portless);

        assertThat(instance.running()).isTrue();
        assertThat(instance.address()).isNull();
        Ports ports = inspectContainerOf(instance.id()).getNetworkSettings().getPorts();
        assertThat(ports.getBindings().values()).allSatisfy(published -> assertThat(published).isNullOrEmpty());
    }

    @Test
    void listAndInspectReportTheExitCodeAndStartTimeOfAnExitedInstance() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of("/bin/sh", "-c", "sleep 1; exit 3"), 0, 0, 0));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(runtime.inspect(instance.id()))
                .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED)));
        assertThat(runtime.inspect(instance.id())).hasValueSatisfying(i -> {
            assertThat(i.exitCode()).isEqualTo(3);
            assertThat(i.address()).isNull();
            assertThat(i.startedAt()).isNotNull();
        });
        assertThat(runtime.list()).filteredOn(i -> i.id().equals(instance.id())).singleElement().satisfies(i -> {
            assertThat(i.state()).isEqualTo(RuntimeInstance.State.EXITED);
            assertThat(i.exitCode()).isEqualTo(3);
            assertThat(i.startedAt()).isNotNull();
        });
    }

    @Test
    void listReportsTheAddressOfARunningInstance() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        assertThat(runtime.list()).filteredOn(i -> i.id().equals(instance.id())).singleElement().satisfies(i -> {
            assertThat(i.running()).isTrue();
            assertThat(i.address()).isEqualTo(instance.address());
            assertThat(i.app()).isEqualTo(app);
        });
    }

    @Test
    void anotherInstallationNeitherSeesNorRemovesTheseInstances() {
        try (PodmanRuntime mine = PodmanRuntime.connect(home.resolve("podman.sock"), "itmine");
             PodmanRuntime theirs = PodmanRuntime.connect(home.resolve("podman.sock"), "ittheirs")) {
            RuntimeInstance instance = mine.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

            assertThat(inspectContainerOf(instance.id()).getConfig().getLabels())
                    .containsEntry(PodmanLabels.INSTALLATION, "itmine");
            assertThat(theirs.list()).noneMatch(i -> i.id().equals(instance.id()));
            assertThat(theirs.inspect(instance.id())).isEmpty();
            theirs.remove(instance.id(), Duration.ofSeconds(1));
            assertThat(mine.inspect(instance.id())).hasValueSatisfying(i -> assertThat(i.running()).isTrue());
            assertThat(mine.list()).anyMatch(i -> i.id().equals(instance.id()));
            mine.remove(instance.id(), Duration.ofSeconds(1));
            assertThat(mine.inspect(instance.id())).isEmpty();
        }
    }

    @Test
    void removingAnInstanceThatAlreadyExitedWorks() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of("/bin/sh", "-c", "sleep 1; exit 0"), 0, 0, 0));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(runtime.inspect(instance.id()))
                .hasValueSatisfying(i -> assertThat(i.running()).isFalse()));

        runtime.remove(instance.id(), Duration.ofSeconds(1));

        assertThat(PodmanCli.containersOf(app.system())).isEmpty();
    }

    @Test
    void aFreshRuntimeFindsAnInstanceItDidNotStart() {
        RuntimeInstance instance = runtime.start(PodmanTests.spec(app, List.of(), 0, 0, 0));

        try (PodmanRuntime fresh = PodmanRuntime.connect(home.resolve("podman.sock"), null)) {
            assertThat(fresh.inspect(instance.id())).hasValueSatisfying(i -> {
                assertThat(i.running()).isTrue();
                assertThat(i.address()).isEqualTo(instance.address());
            });
            fresh.remove(instance.id(), Duration.ofSeconds(1));
        }
        assertThat(runtime.inspect(instance.id())).isEmpty();
    }

    @Test
    void aConfigFileAndASecretFileAreReadOnlyInsideTheUnprivilegedContainerAndGoneWithIt() {
        InstanceSpec plain = PodmanTests.spec(app, List.of(), 0, 0, 0);
        InstanceSpec spec = new InstanceSpec(plain.id(), app, 3, plain.image(), List.of(), Map.of(), 8080, 0, 0, 0,
                plain.labels(), List.of(
                new InstanceFile("/etc/app/app.conf", "colour = blue\n".getBytes(StandardCharsets.UTF_8), false),
                new InstanceFile("/run/secrets/db", "pa55-word".getBytes(StandardCharsets.UTF_8), true)));

        RuntimeInstance instance = runtime.start(spec);

        String container = inspectContainerOf(instance.id()).getId();
        assertThat(PodmanCli.podman("exec", container, "cat", "/etc/app/app.conf")).isEqualTo("colour = blue");
        assertThat(PodmanCli.podman("exec", container, "cat", "/run/secrets/db")).isEqualTo("pa55-word");
        assertThat(PodmanCli.podman("exec", container, "ls", "-l", "/etc/app/app.conf")).startsWith("-r--r--r--");
        assertThat(PodmanCli.podman("exec", container, "ls", "-l", "/run/secrets/db")).startsWith("-r--------");
        PodmanCli.Result write = PodmanCli.run(List.of("podman", "exec", container, "sh", "-c",
                "echo changed > /etc/app/app.conf"));
        assertThat(write.exitCode()).as(write.output()).isNotZero();
        assertThat(write.output()).contains("Read-only file system");
        Path directory = home.resolve("instance-files").resolve("wharf-" + app.system() + "-" + spec.id());
        assertThat(directory).isDirectory();

        runtime.remove(instance.id(), Duration.ofSeconds(1));

        assertThat(directory).doesNotExist();
    }

    @Test
    void anAdoptedInstanceRemovedByAnotherRuntimeTakesItsFilesAlong() throws Exception {
        InstanceSpec plain = PodmanTests.spec(app, List.of(), 0, 0, 0);
        InstanceSpec spec = new InstanceSpec(plain.id(), app, 3, plain.image(), List.of(), Map.of(), 8080, 0, 0, 0,
                plain.labels(), List.of(new InstanceFile("/run/secrets/db", new byte[] {1}, true)));
        runtime.start(spec);
        Path directory = home.resolve("instance-files").resolve("wharf-" + app.system() + "-" + spec.id());
        assertThat(directory).isDirectory();

        try (PodmanRuntime restarted = (PodmanRuntime) new PodmanRuntimeProvider().create(Map.of("home", home.toString()))) {
            restarted.remove(spec.id(), Duration.ofSeconds(1));
        }

        assertThat(directory).doesNotExist();
    }

    @Test
    void theTemplateLabelIsReadBackIntoTheInstance() {
        InstanceSpec plain = PodmanTests.spec(app, List.of(), 0, 0, 0);
        Map<String, String> labels = new java.util.HashMap<>(plain.labels());
        labels.put(Labels.TEMPLATE, "f00dcafe");
        InstanceSpec spec = new InstanceSpec(plain.id(), app, 3, plain.image(), List.of(), Map.of(), 8080, 0, 0, 0,
                labels);

        assertThat(runtime.start(spec).template()).isEqualTo("f00dcafe");
        assertThat(runtime.list()).filteredOn(i -> i.id().equals(spec.id())).singleElement()
                .satisfies(i -> assertThat(i.template()).isEqualTo("f00dcafe"));
    }
}
