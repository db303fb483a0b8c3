package io.wharf.build;

import java.util.regex.Pattern;

/** Image names a build makes: {@code <registry>/<system>/<app>:<short-commit>}, and the registry's host. */
public final class ImageName {
    private static final Pattern REGISTRY = Pattern.compile("[A-Za-z0-9.-]+(:[0-9]{1,5})?|\\[[0-9a-fA-F:]+\\](:[0-9]{1,5})?");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private ImageName() {
    }

    /** The repository of an app's images in a registry. */
    public static String repository(String registry, String system, String app) {
        if (registry == null || !REGISTRY.matcher(registry).matches()) {
            throw new BuildException("the registry address is host[:port]: " + registry);
        }
        if (!LABEL.matcher(system).matches() || !LABEL.matcher(app).matches()) {
            throw new BuildException("system and app names are DNS labels: " + system + "/" + app);
        }
        return registry + "/" + system + "/" + app;
    }

    /** The registry part of an image name (everything before the first '/'). */
    public static String registry(String image) {
        int slash = image.indexOf('/');
        return slash < 0 ? "" : image.substring(0, slash);
    }

    /** Whether the image's registry is on this machine's loopback, the only place TLS may be skipped. */
    public static boolean isLoopback(String image) {
        String registry = registry(image);
        String host = registry.startsWith("[") ? registry.substring(1, registry.indexOf(']'))
                : registry.contains(":") ? registry.substring(0, registry.indexOf(':')) : registry;
        return host.equals("localhost") || host.equals("::1") || host.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}");
    }
}
