package io.wharf.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A bare git repository on disk, served as file://, with commits made through a work tree beside it. */
public final class TestGitRepo {
    private final Path bare;
    private final Git work;

    public TestGitRepo(Path dir) {
        try {
            bare = dir.resolve("repo.git");
            Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
            work = Git.cloneRepository().setURI(url()).setDirectory(dir.resolve("work").toFile()).call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return bare.toUri().toString();
    }

    /** The bare repository's directory, to serve it otherwise (see {@link GitHttpServer}). */
    public Path bare() {
        return bare;
    }

    /** Writes the files, commits them on {@code branch} and pushes; the new commit's id. */
    public String commit(String branch, String message, Map<String, String> files) {
        try {
            Path root = work.getRepository().getWorkTree().toPath();
            if (work.getRepository().resolve("HEAD") != null) {
                boolean exists = work.getRepository().findRef("refs/heads/" + branch) != null;
                work.checkout().setName(branch).setCreateBranch(!exists).call();
            } else {
                work.getRepository().updateRef("HEAD").link("refs/heads/" + branch);
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
            work.add().addFilepattern(".").call();
            PersonIdent ada = new PersonIdent("Ada Lovelace", "ada@example.org");
            RevCommit commit = work.commit().setMessage(message).setAuthor(ada).setCommitter(ada).call();
            work.push().setRemote("origin").add(branch).call();
            return commit.getName();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void tag(String name) {
        try {
            work.tag().setName(name).setAnnotated(false).call();
            work.push().setRemote("origin").setPushTags().call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }
}
