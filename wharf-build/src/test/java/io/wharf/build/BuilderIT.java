package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.testkit.PodmanCli;
import io.wharf.testkit.TestGitRepo;
import io.wharf.testkit.TestRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real builds: JGit, Podman, and Debian's registry, checked with skopeo. */
class BuilderIT {
    private static final String SECRET = "s3cr3t-" + UUID.randomUUID();
    private static TestRegistry registry;
    @TempDir
    Path dir;
    private final List<String> log = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startTheRegistry() throws Exception {
        PodmanCli.ensureHelloImage();
        registry = TestRegistry.start();
    }

    @AfterAll
    static void stopTheRegistry() {
        registry.close();
    }

    private Built build(TestGitRepo repo, BuildInput input, String app) {
        Builder builder = new Builder(new PodmanCommands("podman"), dir.resolve("builder"));
        return builder.build(new BuildJob(new GitSource(repo.url(), "main"), input,
                ImageName.repository(registry.address(), "it", app)), log::add, new Cancellation());
    }

    @Test
    void buildsTheCommitPushesItAndTheRegistryHasTheDigestRecorded() throws Exception {
        TestGitRepo repo = new TestGitRepo(dir);
        String commit = repo.commit("main", "Say hello from a build", Map.of("Dockerfile",
                "FROM localhost/wharf/hello:1\nRUN echo built > /etc/built\n"));

        Built built = build(repo, BuildInput.defaults(), "hello");

        assertThat(built.commit().id()).isEqualTo(commit);
        assertThat(built.tag()).isEqualTo(commit.substring(0, 12));
        assertThat(registry.digest("it/hello:" + built.tag())).isEqualTo(built.digest());
        assertThat(PodmanCli.podman("run", "--rm", built.imageByDigest(), "cat", "/etc/built")).isEqualTo("built");
        assertThat(dir.resolve("builder")).isEmptyDirectory();
    }

    @Test
    void aOneLineChangeAfterTheDependencyLayerRebuildsOnlyTheLastLayer() {
        TestGitRepo repo = new TestGitRepo(dir);
        String dockerfile = "FROM localhost/wharf/hello:1\nCOPY deps.txt /deps.txt\nRUN cat /deps.txt > /deps.out\n"
                + "COPY app.txt /app.txt\n";
        repo.commit("main", "first", Map.of("Dockerfile", dockerfile, "deps.txt", "dep " + UUID.randomUUID(),
                "app.txt", "1"));
        build(repo, BuildInput.defaults(), "cache");
        repo.commit("main", "change the app only", Map.of("app.txt", "2"));
        log.clear();

        build(repo, BuildInput.defaults(), "cache");

        assertThat(log.stream().filter(line -> line.contains("Using cache")).count()).as(String.join("\n", log))
                .isEqualTo(2);
        assertThat(log).anyMatch(line -> line.startsWith("STEP 4/4: COPY app.txt"));
    }

    @Test
    void aFailingStepFailsTheBuildAndTheLogNamesIt() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "broken", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\nRUN echo about to fail && exit 3\n"));

        assertThatThrownBy(() -> build(repo, BuildInput.defaults(), "broken")).isInstanceOf(BuildException.class)
                .hasMessageContaining("podman build failed");
        assertThat(log).anyMatch(line -> line.contains("RUN echo about to fail && exit 3"));
    }

    @Test
    void aBuildSecretIsNeitherInTheImageHistoryNorInTheImage() throws Exception {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "uses a secret", Map.of("Dockerfile", "FROM localhost/wharf/hello:1\n"
                + "RUN --mount=type=secret,id=token wc -c /run/secrets/token > /etc/token-length\n"));

        Built built = build(repo, new BuildInput(null, null, null, Map.of("token", SECRET)), "secret");

        assertThat(PodmanCli.podman("run", "--rm", built.imageByDigest(), "cat", "/etc/token-length"))
                .startsWith(String.valueOf(SECRET.length()));
        assertThat(PodmanCli.podman("history", "--no-trunc", built.imageByDigest())).doesNotContain(SECRET);
        Path saved = dir.resolve("image.tar");
        PodmanCli.podman("save", "--format=docker-archive", "-o", saved.toString(), built.imageByDigest());
        assertThat(new String(Files.readAllBytes(saved), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(String.join("\n", log)).doesNotContain(SECRET);
    }
}
