package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.testkit.GitHttpServer;
import io.wharf.testkit.TestGitRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Clones over git's smart HTTP protocol from a server that wants a login. */
class GitOverHttpTest {
    @TempDir
    Path dir;

    @Test
    void clonesOverHttpWithTheSourcesCredential() throws Exception {
        TestGitRepo repo = new TestGitRepo(dir);
        String commit = repo.commit("main", "served over http", Map.of("Dockerfile", "FROM scratch\n"));
        try (GitHttpServer server = new GitHttpServer(dir.resolve("repo.git"), "ada", "pa55-word")) {
            Commit cloned = GitCheckout.clone(new GitSource(server.url(), "main", "ada", "pa55-word"),
                    dir.resolve("clone"), line -> { }, new Cancellation());

            assertThat(cloned.id()).isEqualTo(commit);
            assertThat(Files.readString(dir.resolve("clone/Dockerfile"))).isEqualTo("FROM scratch\n");
        }
    }

    @Test
    void aWrongPasswordFailsTheCloneWithoutShowingThePassword() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "served over http", Map.of("Dockerfile", "FROM scratch\n"));
        try (GitHttpServer server = new GitHttpServer(dir.resolve("repo.git"), "ada", "pa55-word")) {
            assertThatThrownBy(() -> GitCheckout.clone(new GitSource(server.url(), "main", "ada", "wrong-guess"),
                    dir.resolve("clone"), line -> { }, new Cancellation()))
                    .isInstanceOf(BuildException.class).hasMessageNotContaining("wrong-guess");
        }
    }
}
