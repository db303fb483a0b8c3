package io.wharf.runtime.podman;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import io.wharf.engine.runtime.InstanceFile;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.Labels;
import io.wharf.model.AppKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerPlanTest {
    private final AppKey app = new AppKey("shop", "web");

    private InstanceSpec spec(Integer port, long cpuMillis, long memory, int shares, List<String> command) {
        return new InstanceSpec("web-b2c4d", app, 7, "localhost/shop/web:7", command, Map.of("B", "2", "A", "1"),
                port, cpuMillis, memory, shares, Map.of(Labels.SYSTEM, "shop", Labels.APP, "web",
                Labels.INSTANCE, "web-b2c4d", Labels.REVISION, "7", "team", "blue"));
    }

    @Test
    void theContainerIsNamedAfterSystemAndInstanceAndItsHostnameIsTheInstanceId() {
        ContainerPlan plan = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null);

        assertThat(plan.name()).isEqualTo("wharf-shop-web-b2c4d");
        assertThat(plan.hostname()).isEqualTo("web-b2c4d");
        assertThat(plan.image()).isEqualTo("localhost/shop/web:7");
    }

    @Test
    void everyLabelIsKeptAndTheInstallationIsAddedWhenThereIsOne() {
        ContainerPlan plan = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), "inst1");

        assertThat(plan.labels()).containsEntry("team", "blue").containsEntry(Labels.INSTANCE, "web-b2c4d")
                .containsEntry(Labels.REVISION, "7").containsEntry(PodmanLabels.INSTALLATION, "inst1");
        assertThat(plan.name()).isEqualTo("wharf-inst1-shop-web-b2c4d");
    }

    @Test
    void onlyOfflineAndBatchContainersGoUnderTheYieldingCgroup() {
        InstanceSpec online = new InstanceSpec("web-b2c4d", app, 7, "img", List.of(), Map.of(), null, 0, 0, 1024,
                Map.of(Labels.CLASS, "online"));
        InstanceSpec batch = new InstanceSpec("job-b2c4d", app, 7, "img", List.of(), Map.of(), null, 0, 0, 128,
                Map.of(Labels.CLASS, "batch"));

        assertThat(ContainerPlan.of(online, null).yieldingUnder("/wharf_yielding").hostConfig().getCgroupParent()).isNull();
        assertThat(ContainerPlan.of(batch, null).yieldingUnder("/wharf_yielding").hostConfig().getCgroupParent())
                .isEqualTo("/wharf_yielding");
        assertThat(ContainerPlan.of(batch, null).yieldingUnder(null).hostConfig().getCgroupParent())
                .as("a machine without the cgroup").isNull();
    }

    @Test
    void theEngineLabelsComeFromTheSpecEvenWhenItsLabelMapLacksThem() {
        InstanceSpec bare = new InstanceSpec("web-b2c4d", app, 7, "img", List.of(), Map.of(), null, 0, 0, 0, Map.of());

        assertThat(ContainerPlan.of(bare, null).labels()).containsOnly(Map.entry(Labels.SYSTEM, "shop"),
                Map.entry(Labels.APP, "web"), Map.entry(Labels.INSTANCE, "web-b2c4d"), Map.entry(Labels.REVISION, "7"));
    }

    @Test
    void theEnvironmentIsSortedKeyValuePairsAndTheCommandAnArgumentArray() {
        ContainerPlan plan = ContainerPlan.of(spec(null, 0, 0, 0, List.of("/bin/sh", "-c", "echo a; exit 7")), null);

        assertThat(plan.env()).containsExactly("A=1", "B=2");
        assertThat(plan.command()).containsExactly("/bin/sh", "-c", "echo a; exit 7");
    }

    @Test
    void thePortIsPublishedOnLoopbackWithAPortPodmanPicks() {
        ContainerPlan plan = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null);

        assertThat(plan.exposedPort()).isEqualTo(ExposedPort.tcp(8080));
        var bindings = plan.hostConfig().getPortBindings().getBindings().get(ExposedPort.tcp(8080));
        assertThat(bindings).singleElement().satisfies(b -> {
            assertThat(b.getHostIp()).isEqualTo("127.0.0.1");
            assertThat(b.getHostPortSpec()).isNull();
        });
    }

    @Test
    void withoutAPortNothingIsExposedOrPublished() {
        ContainerPlan plan = ContainerPlan.of(spec(null, 0, 0, 0, List.of()), null);

        assertThat(plan.exposedPort()).isNull();
        assertThat(plan.hostConfig().getPortBindings()).isNull();
    }

    @Test
    void limitsBecomeMemorySwapNanoCpusAndShares() {
        HostConfig host = ContainerPlan.of(spec(8080, 250, 128L << 20, 512, List.of()), null).hostConfig();

        assertThat(host.getMemory()).isEqualTo(128L << 20);
        assertThat(host.getMemorySwap()).isEqualTo(128L << 20);
        assertThat(host.getNanoCPUs()).isEqualTo(250_000_000L);
        assertThat(host.getCpuShares()).isEqualTo(512);
    }

    @Test
    void zeroLimitsSetNothing() {
        HostConfig host = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null).hostConfig();

        assertThat(host.getMemory()).isNull();
        assertThat(host.getMemorySwap()).isNull();
        assertThat(host.getNanoCPUs()).isNull();
        assertThat(host.getCpuShares()).isNull();
    }

    @Test
    void theContainerIsUnprivilegedWithoutCapabilitiesNewPrivilegesOrARestartPolicy() {
        HostConfig host = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null).hostConfig();

        assertThat(host.getPrivileged()).isFalse();
        assertThat(host.getCapDrop()).containsExactly(Capability.ALL);
        assertThat(host.getCapAdd()).isNull();
        assertThat(host.getSecurityOpts()).containsExactly("no-new-privileges");
        assertThat(host.getRestartPolicy()).isEqualTo(RestartPolicy.noRestart());
        assertThat(host.getPidsLimit()).isEqualTo(1024L);
    }

    @Test
    void theAppsListedCapabilitiesAreAddedToNoneAndNetRawIsNeverAmongThem() {
        InstanceSpec s = spec(8080, 0, 0, 0, List.of());
        InstanceSpec binder = new InstanceSpec(s.id(), s.app(), s.revision(), s.image(), s.command(), s.env(), s.port(),
                0, 0, 0, s.labels(), List.of(), List.of("NET_BIND_SERVICE", "SETUID"));

        HostConfig host = ContainerPlan.of(binder, null).hostConfig();

        assertThat(host.getCapDrop()).containsExactly(Capability.ALL);
        assertThat(host.getCapAdd()).containsExactly(Capability.NET_BIND_SERVICE, Capability.SETUID)
                .doesNotContain(Capability.NET_RAW);
    }

    @Test
    void theContainerJoinsItsSystemsNetworkWithThePidsLimitGiven() {
        HostConfig host = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null, null, "wharf-shop", 64).hostConfig();

        assertThat(host.getNetworkMode()).isEqualTo("wharf-shop");
        assertThat(host.getPidsLimit()).isEqualTo(64L);
        assertThat(host.getPortBindings().getBindings().get(ExposedPort.tcp(8080)))
                .singleElement().extracting(b -> b.getHostIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void aPidsLimitBelowOneIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null,
                null, "wharf-shop", 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pids");
    }

    @Test
    void eachSystemHasANetworkOfItsOwnLabelledAsWharfs() {
        assertThat(SystemNetworks.name("shop", null)).isEqualTo("wharf-shop");
        assertThat(SystemNetworks.name("shop", "inst1")).isEqualTo("wharf-inst1-shop");
        assertThat(SystemNetworks.labels("shop", "inst1")).containsOnly(Map.entry(PodmanLabels.NETWORK, "system"),
                Map.entry(Labels.SYSTEM, "shop"), Map.entry(PodmanLabels.INSTALLATION, "inst1"));
    }

    private InstanceSpec withFiles(InstanceFile... files) {
        InstanceSpec s = spec(8080, 0, 0, 0, List.of());
        return new InstanceSpec(s.id(), s.app(), s.revision(), s.image(), s.command(), s.env(), s.port(), 0, 0, 0,
                s.labels(), List.of(files));
    }

    private static InstanceFile file(String path, String content, boolean secret) {
        return new InstanceFile(path, content.getBytes(StandardCharsets.UTF_8), secret);
    }

    @Test
    void eachFileIsBindMountedReadOnlyFromADirectoryOfItsOwnNamedAfterTheContainer() {
        ContainerPlan plan = ContainerPlan.of(withFiles(file("/etc/app/app.conf", "a=1", false),
                file("/run/secrets/db", "hunter2", true)), "inst1", Path.of("/var/wharf/instance-files"));

        Path dir = Path.of("/var/wharf/instance-files/wharf-inst1-shop-web-b2c4d");
        assertThat(plan.filesDirectory()).isEqualTo(dir);
        assertThat(plan.files()).extracting(FileMount::hostFile).containsExactly(dir.resolve("file-0"), dir.resolve("file-1"));
        assertThat(plan.hostConfig().getBinds()).extracting(Bind::getPath, b -> b.getVolume().getPath(), Bind::getAccessMode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(dir.resolve("file-0").toString(), "/etc/app/app.conf", AccessMode.ro),
                        org.assertj.core.groups.Tuple.tuple(dir.resolve("file-1").toString(), "/run/secrets/db", AccessMode.ro));
    }

    @Test
    void aFilePathThatWouldChangeTheBindsOptionsIsRefused() {
        for (String path : List.of("/etc/a:rw", "/etc/a,z", "/etc/../a", "/etc//a")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ContainerPlan.of(withFiles(file(path, "x", false)),
                    null, Path.of("/w"))).isInstanceOf(io.wharf.engine.EngineException.class).hasMessageContaining(path);
        }
    }

    @Test
    void aSpecWithoutFilesHasNoBindsAndNoDirectory() {
        ContainerPlan plan = ContainerPlan.of(spec(8080, 0, 0, 0, List.of()), null, Path.of("/var/wharf/files"));

        assertThat(plan.filesDirectory()).isNull();
        assertThat(plan.hostConfig().getBinds()).isNullOrEmpty();
    }

    @Test
    void thePlanNeverShowsEnvValuesOrFileContents() {
        InstanceSpec spec = new InstanceSpec("web-b2c4d", app, 7, "localhost/shop/web:7", List.of(),
                Map.of("TOKEN", "s3cr3t-env"), 8080, 0, 0, 0, Map.of(), List.of(file("/run/secrets/db", "s3cr3t-file", true)));

        assertThat(ContainerPlan.of(spec, null, Path.of("/w")).toString()).doesNotContain("s3cr3t");
    }
}
