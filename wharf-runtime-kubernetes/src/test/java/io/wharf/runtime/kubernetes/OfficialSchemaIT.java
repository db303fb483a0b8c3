package io.wharf.runtime.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.wharf.engine.runtime.RegistryAuth;
import io.wharf.model.App;
import io.wharf.runtime.kubernetes.build.BuildCredentials;
import io.wharf.runtime.kubernetes.build.BuildPodRenderer;
import io.wharf.runtime.kubernetes.build.BuildPodSettings;
import io.wharf.runtime.kubernetes.build.BuildPodSpec;
import io.wharf.runtime.kubernetes.build.BuildSecrets;
import io.wharf.model.AppTemplate;
import io.wharf.model.AppType;
import io.wharf.model.Autoscale;
import io.wharf.model.Resources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The YAML of {@code wharf app render}, validated against the official Kubernetes API schema by
 * {@code src/test/schema/validate.mjs} (the npm package kubernetes-models, whose classes carry JSON
 * schemas generated from the Kubernetes OpenAPI document). That check finds wrong types, missing
 * required fields, bad formats and enum values, but not unknown fields; {@link KubernetesSchema}
 * finds those. Needs {@code node} and the npm packages: {@code scripts/setup-host.sh --for-tests}.
 */
class OfficialSchemaIT {
    private static final Path SCHEMA = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .resolve("src/test/schema").toAbsolutePath();
    private static final String SETUP = "run scripts/setup-host.sh --for-tests (or npm ci --prefix "
            + "wharf-runtime-kubernetes/src/test/schema) to install node and the kubernetes-models package";
    private static final ObjectMapper YAML = new YAMLMapper();

    private final ManifestRenderer renderer = new ManifestRenderer(KubernetesSettings.defaults());

    @TempDir
    Path dir;

    @BeforeAll
    static void nodeAndTheSchemaPackagesAreInstalled() {
        assertThat(SCHEMA.resolve("validate.mjs")).as("the schema check in %s", SCHEMA).isRegularFile();
        assertThat(Files.isRegularFile(SCHEMA.resolve("node_modules/kubernetes-models/package.json")))
                .as("kubernetes-models is not installed in %s/node_modules: %s", SCHEMA, SETUP).isTrue();
    }

    @ParameterizedTest
    @EnumSource(AppType.class)
    void everyDocumentOfEveryAppTypeIsValidAgainstTheOfficialSchema(AppType type) throws Exception {
        assertAllValid(TestApps.web(type));
    }

    @Test
    void anAppWithAPullSecretIsValidAgainstTheOfficialSchema() throws Exception {
        List<HasMetadata> objects = new AppObjects(KubernetesSettings.defaults(), TestApps.WITH_REGISTRY).of(TestApps.web());

        Result result = validate(ManifestRenderer.render(objects));

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.lines()).contains("ok Secret/" + PullSecrets.name("registry.example"), "ok Deployment/web");
    }

    @Test
    void anAutoscaledGpuAppIsValidAgainstTheOfficialSchema() throws Exception {
        App web = TestApps.web(AppType.GPU);
        App app = web.withRelease(web.template().withResources(new Resources("2", "4Gi", 2)), 2, null, TestApps.NOW)
                .withScaling(3, null, new Autoscale(1, 4, 80), TestApps.NOW);

        assertThat(assertAllValid(app)).contains("ok HorizontalPodAutoscaler/web");
    }

    @Test
    void anAppWithoutPortOrResourcesIsValidAgainstTheOfficialSchema() throws Exception {
        App bare = new App("shop", "crawler", 1, new AppTemplate("registry.example/shop/crawler:1", null,
                AppType.OFFLINE, null, null, Resources.NONE, null), 1, TestApps.NOW, TestApps.NOW);

        assertThat(assertAllValid(bare)).containsExactly("ok Namespace/shop", "ok Deployment/crawler",
                "ok PodDisruptionBudget/crawler");
    }

    @Test
    void aDeploymentWithItsReplicasAsTextIsRejected() throws Exception {
        Result result = validate(withDeployment(d -> ((ObjectNode) d.path("spec")).put("replicas", "three")));

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.lines()).contains("invalid Deployment/web: data/spec/replicas must be integer")
                .contains("ok Service/web");
    }

    @Test
    void aDeploymentWithoutASelectorIsRejected() throws Exception {
        Result result = validate(withDeployment(d -> ((ObjectNode) d.path("spec")).remove("selector")));

        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.lines()).contains("invalid Deployment/web: data/spec must have required property selector");
    }

    @Test
    void anUnknownFieldPassesTheOfficialSchemaSoOnlyTheFabric8CheckFindsIt() throws Exception {
        String yaml = withDeployment(d -> ((ObjectNode) d.path("spec")).put("replica", 3));

        assertThat(validate(yaml).exit()).isZero();
        String deployment = ManifestRendererTest.documents(yaml).get(4);
        assertThat(KubernetesSchema.problems(deployment)).anyMatch(p -> p.contains("replica"));
    }

    @Test
    void anObjectOfAKindTheCheckDoesNotKnowIsRejected() throws Exception {
        Result result = validate("apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: stray\n");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.lines()).containsExactly("invalid ReplicationController/stray: unknown kind v1/ReplicationController");
    }

    @Test
    void aBuildPodAndItsSecretsAreValidAgainstTheOfficialSchema() throws Exception {
        BuildPodSpec build = new BuildPodSpec("b1", "shop", "web", "https://git.example/shop/web.git", "main",
                "docker/Dockerfile", "app", Map.of("VERSION", "1.2"), List.of("npm"), "registry.example:5000",
                "shop/web", "0123456789ab", true, "wharf-build-b1-git", "wharf-build-b1-registry",
                "wharf-build-b1-secrets", Duration.ofMinutes(20));
        List<HasMetadata> objects = new ArrayList<>(BuildSecrets.of(build, new BuildCredentials("u", "p",
                new RegistryAuth("u", "p"), Map.of("npm", "t"))));
        objects.add(new BuildPodRenderer(BuildPodSettings.defaults()).render(build));
        String yaml = ManifestRenderer.render(objects);

        Result result = validate(yaml);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.lines()).containsExactly("ok Secret/wharf-build-b1-git", "ok Secret/wharf-build-b1-registry",
                "ok Secret/wharf-build-b1-secrets", "ok Pod/wharf-build-b1");
        for (String document : ManifestRendererTest.documents(yaml)) {
            assertThat(KubernetesSchema.problems(document)).as(document).isEmpty();
        }
    }

    /** Validates the app's manifest and checks it is all valid: one {@code ok Kind/name} per object, in order. */
    private List<String> assertAllValid(App app) throws Exception {
        String yaml = renderer.render(app);
        List<String> expected = TestApps.objects().of(app).stream().map(o -> "ok " + ObjectApplier.describe(o))
                .toList();

        Result result = validate(yaml);

        assertThat(result.exit()).as(result.toString()).isZero();
        assertThat(result.lines()).as(yaml).hasSize(ManifestRendererTest.documents(yaml).size())
                .containsExactlyElementsOf(expected);
        return result.lines();
    }

    /** The manifest of the online web app, with its Deployment (the fifth document) changed. */
    private String withDeployment(Consumer<JsonNode> change) throws IOException {
        List<String> documents = new ArrayList<>(ManifestRendererTest.documents(renderer.render(TestApps.web())));
        JsonNode deployment = YAML.readTree(documents.get(4));
        assertThat(deployment.path("kind").asText()).isEqualTo("Deployment");
        change.accept(deployment);
        documents.set(4, YAML.writeValueAsString(deployment));
        return documents.stream().map(d -> d.startsWith("---") ? d : "---\n" + d)
                .reduce("", String::concat);
    }

    private Result validate(String yaml) throws Exception {
        Path manifest = Files.writeString(dir.resolve("manifest.yaml"), yaml);
        Path errors = dir.resolve("stderr.txt");
        Process node;
        try {
            node = new ProcessBuilder(List.of("node", SCHEMA.resolve("validate.mjs").toString(), manifest.toString()))
                    .directory(SCHEMA.toFile()).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            return fail("cannot run node (" + e.getMessage() + "): " + SETUP);
        }
        node.getOutputStream().close();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(2, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            return fail("node validate.mjs did not finish in 2 minutes");
        }
        return new Result(node.exitValue(), out.lines().toList(), Files.readString(errors));
    }

    private record Result(int exit, List<String> lines, String stderr) {
        @Override
        public String toString() {
            return "exit " + exit + "\n" + String.join("\n", lines) + (stderr.isEmpty() ? "" : "\nstderr: " + stderr);
        }
    }
}
