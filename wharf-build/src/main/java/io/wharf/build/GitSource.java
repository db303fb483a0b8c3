package io.wharf.build;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Where a build's source comes from: a git URL (http, https or file; the server refuses file unless
 * told otherwise), a branch or tag, and an optional credential. {@link #toString()} never shows the password.
 */
public record GitSource(String url, String ref, String username, String password) {
    private static final Set<String> SCHEMES = Set.of("http", "https", "file");

    public GitSource {
        checkUrl(url);
        checkRef(ref);
        if (password != null && username == null) {
            throw new BuildException("a git password needs a username");
        }
    }

    public GitSource(String url, String ref) {
        this(url, ref, null, null);
    }

    public boolean hasCredential() {
        return username != null;
    }

    public static void checkUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new BuildException("a git URL is required");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new BuildException("the git URL is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!SCHEMES.contains(scheme)) {
            throw new BuildException("the git URL must be http:// or https:// (file:// where the server allows it)");
        }
        if (uri.getUserInfo() != null) {
            throw new BuildException("the git URL must not hold a credential: give username and password instead");
        }
    }

    /** Whether a URL {@link #checkUrl checked} before names a repository on this machine's own disk. */
    public static boolean isFileUrl(String url) {
        return url != null && url.regionMatches(true, 0, "file:", 0, 5);
    }

    /** A branch or tag name as git allows it (git check-ref-format, roughly), never an option. */
    public static void checkRef(String ref) {
        if (ref == null || ref.isBlank()) {
            throw new BuildException("a git ref (branch or tag) is required");
        }
        boolean bad = ref.startsWith("-") || ref.startsWith("/") || ref.endsWith("/") || ref.endsWith(".lock")
                || ref.contains("..") || ref.contains("//") || ref.contains("@{") || ref.length() > 255
                || !ref.chars().allMatch(c -> c > 0x20 && c < 0x7f && "~^:?*[\\".indexOf(c) < 0);
        if (bad) {
            throw new BuildException("the git ref is not a valid branch or tag name: " + ref);
        }
    }

    @Override
    public String toString() {
        return "GitSource[" + url + " " + ref + (username == null ? "" : " as " + username) + "]";
    }
}
