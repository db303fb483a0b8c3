package io.wharf.build;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What to build from a clone: the Dockerfile and context as relative paths inside it, build
 * arguments, and build secrets (id to value), which reach the build only as secret mounts.
 * {@link #toString()} never shows a secret's value.
 */
public record BuildInput(String dockerfile, String context, Map<String, String> buildArgs, Map<String, String> secrets) {
    public static final String DEFAULT_DOCKERFILE = "Dockerfile";
    public static final String DEFAULT_CONTEXT = ".";
    private static final Pattern ARG_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SECRET_ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}");

    public BuildInput {
        dockerfile = dockerfile == null ? DEFAULT_DOCKERFILE : dockerfile;
        context = context == null ? DEFAULT_CONTEXT : context;
        RelativePath.check("dockerfile", dockerfile);
        RelativePath.check("context", context);
        buildArgs = Map.copyOf(new TreeMap<>(buildArgs == null ? Map.of() : buildArgs));
        secrets = Map.copyOf(new TreeMap<>(secrets == null ? Map.of() : secrets));
        buildArgs.forEach((name, value) -> {
            if (!ARG_NAME.matcher(name).matches()) {
                throw new BuildException("build argument names are [A-Za-z_][A-Za-z0-9_]*: " + name);
            }
            if (value.indexOf('\0') >= 0) {
                throw new BuildException("the build argument " + name + " holds a NUL character");
            }
        });
        secrets.forEach((id, value) -> {
            if (!SECRET_ID.matcher(id).matches()) {
                throw new BuildException("build secret ids are [A-Za-z0-9_][A-Za-z0-9_.-]*, at most 63 characters: " + id);
            }
            Objects.requireNonNull(value, "the value of build secret " + id);
        });
    }

    public static BuildInput defaults() {
        return new BuildInput(null, null, null, null);
    }

    @Override
    public String toString() {
        return "BuildInput[" + dockerfile + " in " + context + ", args " + buildArgs.keySet() + ", secrets "
                + secrets.keySet() + "]";
    }
}
