package io.wharf.build;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/** A shallow clone (depth 1) of one branch or tag with JGit; the progress goes to the build's log. */
public final class GitCheckout {
    /** Seconds a git server may stay silent before the clone fails. */
    static final int TIMEOUT_SECONDS = 60;

    private GitCheckout() {
    }

    /** Clones {@code source} into the empty directory {@code into} and returns the checked-out commit. */
    public static Commit clone(GitSource source, Path into, LineSink log, Cancellation cancellation) {
        cancellation.check();
        log.line("git: fetching " + source.ref() + " from " + source.url());
        CredentialsProvider credentials = source.hasCredential()
                ? new UsernamePasswordCredentialsProvider(source.username(), source.password() == null ? "" : source.password())
                : null;
        String refName = resolve(source, credentials);
        try (Git git = Git.cloneRepository().setURI(source.url()).setDirectory(into.toFile())
                .setCredentialsProvider(credentials).setBranchesToClone(List.of(refName)).setBranch(refName)
                .setDepth(1).setNoTags().setTimeout(TIMEOUT_SECONDS).setProgressMonitor(new LogProgress(log, cancellation)).call()) {
            cancellation.check();
            Commit commit = head(git);
            log.line("git: " + refName + " is at " + commit.id() + " by " + commit.author());
            return commit;
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            cancellation.check();
            throw new BuildException("git clone of " + source.url() + " failed: " + e.getMessage(), e);
        }
    }

    /** The full name of the ref: the branch of that name, else the tag. */
    private static String resolve(GitSource source, CredentialsProvider credentials) {
        Collection<Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(source.url()).setCredentialsProvider(credentials)
                    .setHeads(true).setTags(true).setTimeout(TIMEOUT_SECONDS).call();
        } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
            throw new BuildException("cannot read the refs of " + source.url() + ": " + e.getMessage(), e);
        }
        for (String candidate : List.of(Constants.R_HEADS + source.ref(), Constants.R_TAGS + source.ref(), source.ref())) {
            if (refs.stream().anyMatch(r -> r.getName().equals(candidate))) {
                return candidate;
            }
        }
        throw new BuildException("the repository " + source.url() + " has no branch or tag " + source.ref());
    }

    private static Commit head(Git git) {
        try (RevWalk walk = new RevWalk(git.getRepository())) {
            ObjectId head = git.getRepository().resolve(Constants.HEAD);
            RevCommit commit = walk.parseCommit(head);
            return new Commit(commit.getName(), commit.getAuthorIdent().getName() + " <"
                    + commit.getAuthorIdent().getEmailAddress() + ">", commit.getFullMessage().strip(),
                    Instant.ofEpochSecond(commit.getCommitTime()));
        } catch (java.io.IOException e) {
            throw new BuildException("cannot read the cloned commit: " + e.getMessage(), e);
        }
    }
}
