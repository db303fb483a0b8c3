package io.wharf.runtime.kubernetes.build;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One build as a pod runs it: clone {@code ref} (a branch or tag) of {@code gitUrl}, build
 * {@code dockerfile} in {@code context} (both relative to the clone) with build arguments and the
 * build secrets {@code secretIds}, and push {@code registry/repository:tag}. The pod runs in the
 * system's namespace. Credentials are never here: only the names of the Secrets that hold them
 * (null: none), which {@link BuildSecrets} renders from {@link BuildCredentials}.
 */
public record BuildPodSpec(String buildId, String system, String app, String gitUrl, String ref, String dockerfile,
                           String context, Map<String, String> buildArgs, List<String> secretIds, String registry,
                           String repository, String tag, boolean insecureRegistry, String gitSecret,
                           String registrySecret, String buildSecretsSecret, Duration timeout) {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern ARG_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SECRET_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");
    private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?");
    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+([._/-][a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    public BuildPodSpec {
        check(buildId, LABEL, "buildId");
        if (buildId.length() > 40) {
            throw new IllegalArgumentException("buildId has at most 40 characters: " + buildId);
        }
        check(system, LABEL, "system");
        check(app, LABEL, "app");
        checkGitUrl(gitUrl);
        check(ref, REF, "ref");
        dockerfile = relative(dockerfile == null ? "Dockerfile" : dockerfile, "dockerfile");
        context = relative(context == null ? "." : context, "context");
        buildArgs = Map.copyOf(new TreeMap<>(buildArgs == null ? Map.of() : buildArgs));
        buildArgs.forEach((name, value) -> {
            check(name, ARG_NAME, "build argument name");
            Objects.requireNonNull(value, "the value of build argument " + name);
        });
        secretIds = secretIds == null ? List.of() : List.copyOf(secretIds).stream().sorted().distinct().toList();
        secretIds.forEach(id -> check(id, SECRET_ID, "build secret id"));
        check(registry, REGISTRY, "registry");
        check(repository, REPOSITORY, "repository");
        check(tag, TAG, "tag");
        optionalName(gitSecret, "gitSecret");
        optionalName(registrySecret, "registrySecret");
        optionalName(buildSecretsSecret, "buildSecretsSecret");
        if (!secretIds.isEmpty() && buildSecretsSecret == null) {
            throw new IllegalArgumentException("build secrets " + secretIds + " need buildSecretsSecret");
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("timeout must be at least one second: " + timeout);
        }
    }

    /** Where the build pushes: {@code registry/repository:tag}. */
    public String image() {
        return registry + "/" + repository + ":" + tag;
    }

    /** The build pod's name: {@code wharf-build-<buildId>}. */
    public String podName() {
        return "wharf-build-" + buildId;
    }

    private static void check(String value, Pattern pattern, String name) {
        Objects.requireNonNull(value, name);
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must match " + pattern + ": " + value);
        }
    }

    private static void optionalName(String secret, String name) {
        if (secret != null) {
            check(secret, LABEL, name);
        }
    }

    /** http(s) or git only, and never with a user or password in it: those would be in the pod's argv. */
    private static void checkGitUrl(String url) {
        Objects.requireNonNull(url, "gitUrl");
        try {
            URI uri = new URI(url);
            if (!List.of("http", "https", "git").contains(String.valueOf(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("gitUrl must be an http, https or git URL: " + url);
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("gitUrl must not hold a credential; name a gitSecret instead");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("gitUrl is not a URL: " + e.getMessage(), e);
        }
    }

    private static String relative(String path, String name) {
        if (path.isEmpty() || path.startsWith("/") || path.indexOf('\0') >= 0
                || List.of(path.split("/")).contains("..")) {
            throw new IllegalArgumentException(name + " must be a relative path inside the clone: " + path);
        }
        return path;
    }
}
