package io.wharf.server.console;

/**
 * The web console's files (from the wharf-console jar's {@code static/}): public, like any web page's,
 * since they hold no data; everything they show comes from the API with the user's token.
 */
public final class ConsolePaths {
    public static final String[] PATTERNS = {"/", "/index.html", "/favicon.ico", "/assets/**"};

    private ConsolePaths() {
    }

    public static boolean isConsole(String uri) {
        return uri.equals("/") || uri.equals("/index.html") || uri.equals("/favicon.ico") || uri.startsWith("/assets/");
    }
}
