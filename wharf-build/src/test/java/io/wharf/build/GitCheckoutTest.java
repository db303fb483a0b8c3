package io.wharf.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.testkit.TestGitRepo;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCheckoutTest {
    @TempDir
    Path dir;

    @Test
    void clonesOnlyTheNamedBranchAtDepthOneAndReportsItsCommit() throws Exception {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "first", Map.of("a.txt", "1"));
        String second = repo.commit("main", "Second: the one to build\n\nwith a body", Map.of("a.txt", "2"));
        repo.commit("other", "elsewhere", Map.of("a.txt", "3"));
        List<String> log = new ArrayList<>();

        Commit commit = GitCheckout.clone(new GitSource(repo.url(), "main"), dir.resolve("clone"), log::add,
                new Cancellation());

        assertThat(commit.id()).isEqualTo(second);
        assertThat(commit.message()).startsWith("Second: the one to build");
        assertThat(commit.author()).isEqualTo("Ada Lovelace <ada@example.org>");
        assertThat(Files.readString(dir.resolve("clone/a.txt"))).isEqualTo("2");
        try (Git clone = Git.open(dir.resolve("clone").toFile())) {
            assertThat(clone.log().call()).hasSize(1);
            assertThat(clone.branchList().setListMode(org.eclipse.jgit.api.ListBranchCommand.ListMode.ALL).call())
                    .noneMatch(ref -> ref.getName().endsWith("/other"));
        }
        assertThat(log).anyMatch(line -> line.contains(second));
    }

    @Test
    void clonesATag() {
        TestGitRepo repo = new TestGitRepo(dir);
        String tagged = repo.commit("main", "release 1", Map.of("a.txt", "1"));
        repo.tag("v1");
        repo.commit("main", "after the release", Map.of("a.txt", "2"));

        Commit commit = GitCheckout.clone(new GitSource(repo.url(), "v1"), dir.resolve("clone"), line -> { },
                new Cancellation());

        assertThat(commit.id()).isEqualTo(tagged);
    }

    @Test
    void saysWhichRefIsMissing() {
        TestGitRepo repo = new TestGitRepo(dir);
        repo.commit("main", "first", Map.of("a.txt", "1"));

        assertThatThrownBy(() -> GitCheckout.clone(new GitSource(repo.url(), "nope"), dir.resolve("clone"),
                line -> { }, new Cancellation())).isInstanceOf(BuildException.class).hasMessageContaining("no branch or tag nope");
    }

    @Test
    void aCancelledBuildDoesNotClone() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel("cancelled by ada");

        assertThatThrownBy(() -> GitCheckout.clone(new GitSource(new File(dir.toFile(), "x").toURI().toString(), "main"),
                dir.resolve("clone"), line -> { }, cancellation)).isInstanceOf(Cancellation.Cancelled.class)
                .hasMessage("cancelled by ada");
    }
}
