package io.wharf.bench.build;

import io.wharf.bench.BenchException;
import io.wharf.bench.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A bare git repository on disk, served as {@code file://}, and a work tree that commits and pushes to it. */
final class GitRepo {
    static final String BRANCH = "main";
    private final Path bare;
    private final Path work;

    private GitRepo(Path bare, Path work) {
        this.bare = bare;
        this.work = work;
    }

    /** Makes {@code dir/repo.git} and {@code dir/work}; {@code dir} must exist. */
    static GitRepo create(Path dir) {
        GitRepo repo = new GitRepo(dir.resolve("repo.git"), dir.resolve("work"));
        git(List.of("init", "--quiet", "--bare", "--initial-branch=" + BRANCH, repo.bare.toString()));
        git(List.of("init", "--quiet", "--initial-branch=" + BRANCH, repo.work.toString()));
        return repo;
    }

    String url() {
        return "file://" + bare.toAbsolutePath();
    }

    /** Writes the files, commits them and pushes the branch; returns the commit id. */
    String commit(Map<String, String> files, String message) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(work.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new BenchException("cannot write to " + work + ": " + e.getMessage(), e);
        }
        inWork("add", "--all");
        inWork("-c", "user.name=wharf-bench", "-c", "user.email=bench@wharf.localhost", "commit", "--quiet",
                "-m", message);
        inWork("push", "--quiet", bare.toString(), BRANCH);
        return inWork("rev-parse", "HEAD");
    }

    private String inWork(String... args) {
        List<String> command = new ArrayList<>(List.of("-C", work.toString()));
        command.addAll(List.of(args));
        return git(command);
    }

    private static String git(List<String> args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(args);
        return Command.run(command);
    }
}
