package io.wharf.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Source to image: a shallow clone, {@code podman build}, {@code podman push} and a pull by digest, so
 * that local storage knows the image under the digest the registry gave (the push compresses the
 * layers, so that digest is not the local image's), and a start need not pull it. The clone and the secret
 * files live in a private work directory, deleted afterwards whatever happened.
 */
public final class Builder {
    private final PodmanCommands podman;
    private final Path workRoot;

    public Builder(PodmanCommands podman, Path workRoot) {
        this.podman = java.util.Objects.requireNonNull(podman, "podman");
        this.workRoot = java.util.Objects.requireNonNull(workRoot, "workRoot");
    }

    public Built build(BuildJob job, LineSink log, Cancellation cancellation) {
        Path work = privateDirectory();
        try {
            Path source = work.resolve("src");
            Commit commit = GitCheckout.clone(job.source(), source, log, cancellation);
            delete(source.resolve(".git")); // differs in every clone; a context without it keeps the layer cache
            Path context = RelativePath.resolve(source, "context", job.input().context());
            Path dockerfile = RelativePath.resolve(source, "dockerfile", job.input().dockerfile());
            if (!Files.isRegularFile(dockerfile)) {
                throw new BuildException("the dockerfile is not a file: " + job.input().dockerfile());
            }
            String image = job.repository() + ":" + commit.shortId();
            run(podman.build(dockerfile, context, image, job.input().buildArgs(), secretFiles(work, job.input().secrets())),
                    "podman build", log, cancellation);
            Path digestFile = work.resolve("digest");
            run(podman.push(image, digestFile), "podman push", log, cancellation);
            Built built = new Built(commit, job.repository(), commit.shortId(), read(digestFile));
            run(podman.pull(built.imageByDigest()), "podman pull", log, cancellation);
            log.line("pushed " + image + " as " + built.imageByDigest());
            return built;
        } finally {
            delete(work);
        }
    }

    private static void run(List<String> argv, String what, LineSink log, Cancellation cancellation) {
        int code = ProcessRunner.run(argv, log, cancellation);
        if (code != 0) {
            throw new BuildException(what + " failed (exit code " + code + "); the log says why");
        }
    }

    private static Map<String, Path> secretFiles(Path work, Map<String, String> secrets) {
        Map<String, Path> files = new LinkedHashMap<>();
        secrets.forEach((id, value) -> {
            try {
                Path file = work.resolve("secret-" + id);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, value, StandardCharsets.UTF_8);
                files.put(id, file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the build secret file", e);
            }
        });
        return files;
    }

    private Path privateDirectory() {
        try {
            Files.createDirectories(workRoot);
            return Files.createTempDirectory(workRoot, "build-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a work directory under " + workRoot, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new BuildException("podman push wrote no digest", e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
