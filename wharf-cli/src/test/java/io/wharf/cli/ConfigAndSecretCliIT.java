package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import io.wharf.testkit.Homes;
import io.wharf.testkit.ServerProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The config and secret commands against the real server jar (an app with no instances: no container needed). */
class ConfigAndSecretCliIT {
    private static Path home;
    private static ServerProcess server;
    private final String system = "cfg-" + UUID.randomUUID().toString().substring(0, 6);
    private final String hello = system + "/hello";

    @BeforeAll
    static void startServer() {
        home = Homes.create("cli-cfg");
        server = new ServerProcess(home).start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        Homes.delete(home);
    }

    private static Result wharf(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        return Cli.run(stdin, Map.of(), all.toArray(String[]::new));
    }

    private static Result ok(String... args) {
        return okWithInput("", args);
    }

    private static Result okWithInput(String stdin, String... args) {
        Result result = wharf(stdin, args);
        assertThat(result.code()).as(String.join(" ", args) + "\n" + result).isZero();
        return result;
    }

    @Test
    void configFilesAreSetReadAndComparedAndSecretsSetListedAndDeletedWithoutShowingTheirValue() throws Exception {
        ok("system", "create", system);
        ok("app", "create", hello, "--image", "localhost/wharf/hello:1", "--replicas", "0");
        Path file = Files.writeString(home.resolve("app.conf"), "colour = blue\n");

        assertThat(ok("config", "set", hello, "app", "--path", "/etc/app.conf", "--file", file.toString()).out())
                .isEqualTo("config app of " + hello + " set in revision 2\n");
        ok("config", "set", hello, "app", "--path", "/etc/app.conf", "--content", "colour = green\n");
        assertThat(ok("config", "get", hello, "app", "--revision", "2").out()).isEqualTo("colour = blue\n");
        assertThat(ok("config", "diff", hello, "app", "--from", "2", "--to", "3").out())
                .contains("@@ -1 +1 @@\n-colour = blue\n+colour = green\n");
        assertThat(ok("config", "set", hello, "later", "--path", "/etc/later", "--content", "x", "--no-rollout").out())
                .contains("staged");
        assertThat(ok("config", "list", hello).out()).contains("app", "/etc/app.conf", "later", "staged");

        String value = "v-" + UUID.randomUUID();
        Result set = okWithInput(value, "secret", "set", hello, "db", "--value-stdin", "--env", "DB_PASSWORD");
        Result listed = ok("secret", "list", hello);
        Result json = ok("secret", "list", hello, "-o", "json");
        Result bad = wharf("", "secret", "set", hello, "db", "--value-stdin", "--env", "WHARF_X");

        assertThat(set.out()).isEqualTo("secret db of " + hello + " set to version 1 in revision 4\n");
        assertThat(listed.out()).contains("db", "env DB_PASSWORD", "1");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("value", "env");
        for (Result result : List.of(set, listed, json, bad)) {
            assertThat(result.out() + result.err()).doesNotContain(value);
        }
        assertThat(ok("secret", "delete", hello, "db").out()).isEqualTo("secret db of " + hello + " deleted in revision 5\n");
        assertThat(ok("secret", "list", hello).out()).isEqualTo("No secrets for app " + hello + ".\n");
        ok("system", "delete", system, "--cascade");
    }
}
