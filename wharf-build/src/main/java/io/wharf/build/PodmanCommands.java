package io.wharf.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The podman command lines of a build, as argument lists. Every user string is either validated
 * (names, relative paths resolved to absolute ones) or joined to its option with '=', so none can
 * become an option of its own.
 */
public final class PodmanCommands {
    private final String podman;

    public PodmanCommands(String podman) {
        if (podman == null || podman.isBlank()) {
            throw new BuildException("the podman command is required");
        }
        this.podman = podman;
    }

    /** {@code secretFiles}: secret id to the file that holds its value. */
    public List<String> build(Path dockerfile, Path context, String tag, Map<String, String> buildArgs,
                              Map<String, Path> secretFiles) {
        requireAbsolute(dockerfile);
        requireAbsolute(context);
        List<String> argv = new ArrayList<>(List.of(podman, "build", "--layers=true", "--file=" + dockerfile,
                "--tag=" + tag));
        buildArgs.forEach((name, value) -> argv.add("--build-arg=" + name + "=" + value));
        secretFiles.forEach((id, file) -> argv.add("--secret=id=" + id + ",src=" + requireAbsolute(file)));
        argv.add(context.toString());
        return argv;
    }

    public List<String> push(String image, Path digestFile) {
        List<String> argv = new ArrayList<>(List.of(podman, "push"));
        if (ImageName.isLoopback(image)) {
            argv.add("--tls-verify=false");
        }
        argv.add("--digestfile=" + requireAbsolute(digestFile));
        argv.add(image);
        return argv;
    }

    /** Brings the pushed image into local storage under its digest too (its layers are there already). */
    public List<String> pull(String imageByDigest) {
        List<String> argv = new ArrayList<>(List.of(podman, "pull", "--quiet"));
        if (ImageName.isLoopback(imageByDigest)) {
            argv.add("--tls-verify=false");
        }
        argv.add(imageByDigest);
        return argv;
    }

    private static Path requireAbsolute(Path path) {
        if (!path.isAbsolute()) {
            throw new BuildException("not an absolute path: " + path);
        }
        return path;
    }
}
