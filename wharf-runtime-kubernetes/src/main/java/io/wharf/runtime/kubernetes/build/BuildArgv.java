package io.wharf.runtime.kubernetes.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The argument lists of the build pod's three containers, run without a shell: clone, build, push.
 * buildah keeps its storage on an emptyDir shared by build and push ({@code vfs}: no overlay mount
 * is needed), and runs RUN steps with {@code chroot} isolation (no nested runtime). The pushed
 * image's digest goes to the push container's termination message.
 */
final class BuildArgv {
    static final String WORKSPACE = "/workspace";
    static final String SOURCE = WORKSPACE + "/src";
    static final String STORAGE = "/var/lib/wharf/storage";
    static final String SECRETS = "/run/wharf/secrets";
    static final String REGISTRY_AUTH = "/run/wharf/registry";
    static final String AUTH_FILE = REGISTRY_AUTH + "/" + BuildSecrets.REGISTRY_KEY;
    static final String TERMINATION_LOG = "/dev/termination-log";

    private BuildArgv() {
    }

    /** A shallow clone of one branch or tag; a credential comes from the environment (see {@link BuildPodRenderer}). */
    static List<String> clone(BuildPodSpec spec) {
        return List.of("git", "clone", "--depth", "1", "--single-branch", "--no-tags", "--branch", branch(spec.ref()),
                "--", spec.gitUrl(), SOURCE);
    }

    static List<String> build(BuildPodSpec spec) {
        List<String> argv = buildah();
        argv.addAll(List.of("bud", "--isolation", "chroot", "--layers", "-f", SOURCE + "/" + spec.dockerfile()));
        registryOptions(spec, argv);
        new java.util.TreeMap<>(spec.buildArgs()).forEach((name, value) -> argv.addAll(List.of("--build-arg", name + "=" + value)));
        spec.secretIds().forEach(id -> argv.addAll(List.of("--secret", "id=" + id + ",src=" + SECRETS + "/" + id)));
        argv.addAll(List.of("-t", spec.image(), spec.context().equals(".") ? SOURCE : SOURCE + "/" + spec.context()));
        return List.copyOf(argv);
    }

    static List<String> push(BuildPodSpec spec) {
        List<String> argv = buildah();
        argv.add("push");
        registryOptions(spec, argv);
        argv.addAll(List.of("--digestfile", TERMINATION_LOG, spec.image(), "docker://" + spec.image()));
        return List.copyOf(argv);
    }

    private static List<String> buildah() {
        return new ArrayList<>(List.of("buildah", "--root", STORAGE + "/root", "--runroot", STORAGE + "/run",
                "--storage-driver", "vfs"));
    }

    private static void registryOptions(BuildPodSpec spec, List<String> argv) {
        if (spec.registrySecret() != null) {
            argv.addAll(List.of("--authfile", AUTH_FILE));
        }
        if (spec.insecureRegistry()) {
            argv.add("--tls-verify=false");
        }
    }

    /** git clone --branch takes a branch or tag name, not its full ref. */
    static String branch(String ref) {
        for (String prefix : List.of("refs/heads/", "refs/tags/")) {
            if (ref.startsWith(prefix)) {
                return ref.substring(prefix.length());
            }
        }
        return ref;
    }
}
