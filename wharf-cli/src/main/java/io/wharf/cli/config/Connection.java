package io.wharf.cli.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the server is and which token to send, each with where it was found, so that an error
 * can tell the user which setting to fix. The first wins of: flag, environment, the login stored by
 * {@code wharf login} in the config file, the files in $WHARF_HOME. The stored token is sent only to
 * the server it was stored with.
 */
public record Connection(String server, String serverSource, String token, String tokenSource, Path home,
                         Path config) {
    public static final String DEFAULT_SERVER = "http://127.0.0.1:7070";

    public static Connection resolve(String serverFlag, String tokenFlag, String homeFlag, Map<String, String> env) {
        Path home = Path.of(first(homeFlag, env.get("WHARF_HOME"))
                .orElse(Path.of(System.getProperty("user.home"), ".wharf").toString()));
        Path urlFile = home.resolve("api.url");
        Path tokenFile = home.resolve("admin.token");
        ConfigFile config = ConfigFile.in(env);
        Optional<ConfigFile.Login> login = config.login();
        Setting server = Setting.of(serverFlag, "--server")
                .or(() -> Setting.of(env.get("WHARF_URL"), "WHARF_URL"))
                .or(() -> login.flatMap(l -> Setting.of(l.server(), config.path().toString())))
                .or(() -> Setting.of(read(urlFile), urlFile.toString()))
                .orElse(new Setting(DEFAULT_SERVER, "the default"));
        Setting token = Setting.of(tokenFlag, "--token")
                .or(() -> Setting.of(env.get("WHARF_TOKEN"), "WHARF_TOKEN"))
                .or(() -> login.filter(l -> sameServer(l.server(), server.value()))
                        .flatMap(l -> Setting.of(l.token(), config.path().toString())))
                .or(() -> Setting.of(read(tokenFile), tokenFile.toString()))
                .orElse(new Setting(null, null));
        return new Connection(server.value(), server.source(), token.value(), token.source(), home, config.path());
    }

    /** The same settings, but sending {@code token}, read from {@code source}. */
    public Connection withToken(String token, String source) {
        return new Connection(server, serverSource, token, source, home, config);
    }

    public Path tokenFile() {
        return home.resolve("admin.token");
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "Connection[server=" + server + " (from " + serverSource + "), token "
                + (token == null ? "none" : "from " + tokenSource) + "]";
    }

    static boolean sameServer(String a, String b) {
        return withoutTrailingSlash(a).equals(withoutTrailingSlash(b));
    }

    private static String withoutTrailingSlash(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private record Setting(String value, String source) {
        static Optional<Setting> of(String value, String source) {
            return first(value).map(v -> new Setting(v, source));
        }
    }

    private static Optional<String> first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }

    private static String read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
