package io.wharf.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.App;
import io.wharf.model.AppKey;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.ConfigFile;
import io.wharf.model.Resources;
import io.wharf.model.SecretMount;
import io.wharf.model.TemplateFingerprint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InstanceSpecsTest {
    private static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");

    private static App app(Integer port, AppType type, Map<String, String> env, Resources resources) {
        AppTemplate template = new AppTemplate("localhost/wharf/hello:1", port, type, List.of("serve", "--fast"), env,
                resources, null);
        return new App("demo", "web", 3, template, 7, T0, T0);
    }

    private static final App WEB = app(8080, AppType.ONLINE, Map.of("MODE", "prod"), new Resources("500m", "256Mi"));

    @Test
    void anInstanceRunsTheAppsImageAndCommandAtItsRevision() {
        InstanceSpec spec = InstanceSpecs.desired(WEB, "web-bcdfg");

        assertThat(spec.id()).isEqualTo("web-bcdfg");
        assertThat(spec.app()).isEqualTo(new AppKey("demo", "web"));
        assertThat(spec.revision()).isEqualTo(7);
        assertThat(spec.image()).isEqualTo("localhost/wharf/hello:1");
        assertThat(spec.command()).containsExactly("serve", "--fast");
        assertThat(spec.port()).isEqualTo(8080);
    }

    @Test
    void anInstancePullsWithItsSystemsCredentialsForTheImagesRegistryButNeverShowsThePassword() {
        App fromRegistry = WEB.withRelease(WEB.template().withImage("127.0.0.1:5000/demo/web:1"), 8, WEB.strategy(), T0);
        SecretValues secrets = new SecretValues() {
            @Override
            public String value(AppKey app, String name, long version) {
                throw new AssertionError("no secret is read");
            }

            @Override
            public java.util.Optional<RegistryAuth> registryAuth(String system, String registry) {
                return system.equals("demo") && registry.equals("127.0.0.1:5000")
                        ? java.util.Optional.of(new RegistryAuth("ci", "s3cret-pw")) : java.util.Optional.empty();
            }
        };

        InstanceSpec spec = InstanceSpecs.desired(fromRegistry, "web-bcdfg", secrets);

        assertThat(spec.pullAuth()).isEqualTo(new RegistryAuth("ci", "s3cret-pw"));
        assertThat(spec.toString()).contains("ci").doesNotContain("s3cret-pw");
        assertThat(InstanceSpecs.desired(WEB, "web-bcdfg", secrets).pullAuth()).as("a local image").isNull();
    }

    @Test
    void anInstanceAddsTheCapabilitiesItsAppListsAndNoneOtherwise() {
        App binder = new App("demo", "web", 1, WEB.template().withCapabilities(List.of("NET_BIND_SERVICE")), 7, T0, T0);

        assertThat(InstanceSpecs.desired(binder, "web-bcdfg").capabilities()).containsExactly("NET_BIND_SERVICE");
        assertThat(InstanceSpecs.desired(WEB, "web-bcdfg").capabilities()).isEmpty();
    }

    @Test
    void anInstanceIsLabelledWithItsSystemAppIdRevisionTemplateFingerprintAndClass() {
        assertThat(InstanceSpecs.desired(WEB, "web-bcdfg").labels()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "wharf.io/system", "demo",
                "wharf.io/app", "web",
                "wharf.io/instance", "web-bcdfg",
                "wharf.io/revision", "7",
                "wharf.io/template", TemplateFingerprint.of(WEB.template()),
                "wharf.io/class", "online"));
    }

    @Test
    void configFilesAreReadableFilesAndSecretsAreOwnerOnlyFilesOrEnvVariables() {
        AppTemplate template = WEB.template()
                .withConfigs(List.of(new ConfigFile("app", "/etc/app/app.conf", "mode=prod\n")))
                .withSecrets(List.of(new SecretMount("db", null, null, 3), new SecretMount("token", null, "API_TOKEN", 1)));
        App app = WEB.withTemplate(template, T0);

        InstanceSpec spec = InstanceSpecs.desired(app, "web-bcdfg", (key, name, version) -> name + "-v" + version);

        assertThat(spec.files()).containsExactly(
                new InstanceFile("/etc/app/app.conf", "mode=prod\n".getBytes(StandardCharsets.UTF_8), false),
                new InstanceFile("/run/secrets/db", "db-v3".getBytes(StandardCharsets.UTF_8), true));
        assertThat(spec.files()).extracting(InstanceFile::mode).containsExactly(0444, 0400);
        assertThat(spec.env()).containsEntry("API_TOKEN", "token-v1");
        assertThat(spec.toString()).doesNotContain("db-v3").doesNotContain("token-v1").contains("API_TOKEN");
    }

    @Test
    void anInstanceKnowsWhoItIsAndWhichPortToListenOnFromItsEnvironment() {
        assertThat(InstanceSpecs.desired(WEB, "web-bcdfg").env()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "MODE", "prod",
                "WHARF_SYSTEM", "demo",
                "WHARF_APP", "web",
                "WHARF_INSTANCE", "web-bcdfg",
                "WHARF_REVISION", "7",
                "PORT", "8080"));
    }

    @Test
    void anAppWithoutAPortGetsNoPortVariable() {
        InstanceSpec spec = InstanceSpecs.desired(app(null, null, Map.of(), null), "web-bcdfg");

        assertThat(spec.env()).doesNotContainKey("PORT").containsKey("WHARF_INSTANCE");
        assertThat(spec.port()).isNull();
    }

    @Test
    void thePortVariableIsTheAppsPortEvenWhenTheUserSetOne() {
        InstanceSpec spec = InstanceSpecs.desired(app(8080, null, Map.of("PORT", "9999"), null), "web-bcdfg");

        assertThat(spec.env()).containsEntry("PORT", "8080");
    }

    @Test
    void limitsComeFromTheResourcesAndTheCpuShareFromTheType() {
        InstanceSpec spec = InstanceSpecs.desired(WEB, "web-bcdfg");
        InstanceSpec batch = InstanceSpecs.desired(app(8080, AppType.BATCH, Map.of(), Resources.NONE), "web-bcdfg");

        assertThat(spec.cpuMillis()).isEqualTo(500);
        assertThat(spec.memoryBytes()).isEqualTo(256L << 20);
        assertThat(spec.cpuShares()).isEqualTo(AppType.ONLINE.cpuShares());
        assertThat(batch.cpuMillis()).isZero();
        assertThat(batch.memoryBytes()).isZero();
        assertThat(batch.cpuShares()).isEqualTo(AppType.BATCH.cpuShares());
    }

    @Test
    void offlineAndBatchWorkIsNotHeldToTheCpuItAsksForButWeighsLess() {
        Resources asks = new Resources("500m", "64Mi");
        InstanceSpec offline = InstanceSpecs.desired(app(8080, AppType.OFFLINE, Map.of(), asks), "hog-bcdfg");
        InstanceSpec batch = InstanceSpecs.desired(app(8080, AppType.BATCH, Map.of(), asks), "job-bcdfg");

        assertThat(offline.cpuMillis()).isZero();
        assertThat(batch.cpuMillis()).isZero();
        assertThat(offline.memoryBytes()).isEqualTo(64L << 20);
        assertThat(offline.cpuShares()).isLessThan(AppType.ONLINE.cpuShares());
        assertThat(batch.cpuShares()).isLessThan(offline.cpuShares());
    }

    @Test
    void twoInstancesOfOneAppDifferOnlyInTheirId() {
        InstanceSpec a = InstanceSpecs.desired(WEB, "web-aaaaa");
        InstanceSpec b = InstanceSpecs.desired(WEB, "web-bbbbb");

        assertThat(a.image()).isEqualTo(b.image());
        assertThat(a.env()).containsEntry("WHARF_INSTANCE", "web-aaaaa");
        assertThat(b.env()).containsEntry("WHARF_INSTANCE", "web-bbbbb");
        assertThat(b.labels()).containsEntry(Labels.INSTANCE, "web-bbbbb");
    }
}
