package io.wharf.bench.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.bench.Command;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRepoTest {
    @TempDir
    Path dir;

    @Test
    void aCloneOfTheUrlHasTheLatestCommitOfTheBranch() throws Exception {
        GitRepo repo = GitRepo.create(dir);
        repo.commit(Map.of("app.txt", "one\n", "deps.txt", "d\n"), "First");
        String second = repo.commit(Map.of("app.txt", "two\n"), "Second");
        Path clone = dir.resolve("clone");

        Command.run(List.of("git", "clone", "--quiet", "--depth=1", "--branch=main", repo.url(), clone.toString()));

        assertThat(repo.url()).startsWith("file:///");
        assertThat(Command.run(List.of("git", "-C", clone.toString(), "rev-parse", "HEAD"))).isEqualTo(second);
        assertThat(Files.readString(clone.resolve("app.txt"))).isEqualTo("two\n");
        assertThat(Files.readString(clone.resolve("deps.txt"))).isEqualTo("d\n");
    }
}
