package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryAndSourceCommandsTest {
    private static final String DEMO = "/api/v1/systems/demo";
    private static final String APP = DEMO + "/apps/hello";
    private static final String PASSWORD = "pa ss-w0rd";
    private static final String SOURCE = """
            {"url":"https://git.example/hello.git","ref":"main","dockerfile":"Dockerfile","context":".",
             "username":"bot","hasPassword":true,"autoDeploy":true,"hasWebhookSecret":true}""";
    private final FakeServer server = new FakeServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void registryLoginReadsThePasswordFromStandardInputAndNeverPrintsIt() {
        server.on("PUT " + DEMO + "/registries/127.0.0.1%3A7050", 200, """
                {"host":"127.0.0.1:7050","username":"bot","updatedAt":"2026-11-26T10:00:00Z"}""");

        Result result = Cli.withInput(PASSWORD + "\n", server, "registry", "login", "demo", "127.0.0.1:7050",
                "--username", "bot", "--password-stdin");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body()))
                .isEqualTo(Json.read("{\"username\":\"bot\",\"password\":\"" + PASSWORD + "\"}"));
        assertThat(result.out()).isEqualTo("registry 127.0.0.1:7050 of system/demo: credentials of bot stored\n");
        assertThat(result.out() + result.err()).doesNotContain(PASSWORD);
    }

    @Test
    void registryLoginTakesNoPasswordFromAFlagAndNeedsOneOnStandardInput() {
        Result flag = Cli.against(server, "registry", "login", "demo", "ghcr.io", "--username", "bot",
                "--password", PASSWORD);
        Result noStdinFlag = Cli.against(server, "registry", "login", "demo", "ghcr.io", "--username", "bot");
        Result emptyStdin = Cli.withInput("\n", server, "registry", "login", "demo", "ghcr.io", "--username", "bot",
                "--password-stdin");

        assertThat(flag.code()).isEqualTo(2);
        assertThat(noStdinFlag.code()).isEqualTo(2);
        assertThat(noStdinFlag.err()).contains("--password-stdin");
        assertThat(emptyStdin.code()).isEqualTo(2);
        assertThat(emptyStdin.err()).contains("--password-stdin found no password on standard input");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void registryListShowsHostsAndUsernamesAndLogoutDeletes() {
        server.on("GET " + DEMO + "/registries", 200, """
                [{"host":"ghcr.io","username":"bot","updatedAt":"2026-11-26T10:00:00.5Z"}]""");
        server.on("DELETE " + DEMO + "/registries/ghcr.io", 204, "");

        Result list = Cli.against(server, "registry", "list", "demo");
        Result logout = Cli.against(server, "registry", "logout", "demo", "ghcr.io");

        assertThat(list.out()).isEqualTo("""
                HOST      USERNAME   UPDATED
                ghcr.io   bot        2026-11-26T10:00:00Z
                """);
        assertThat(logout.code()).as(logout.toString()).isZero();
        assertThat(logout.out()).isEqualTo("registry ghcr.io of system/demo: credentials removed\n");
    }

    @Test
    void sourceSetSendsEverythingWithThePasswordThenTheWebhookSecretFromStandardInput() {
        server.on("PUT " + APP + "/source", 200, SOURCE);

        Result result = Cli.withInput(PASSWORD + "\nhook-s3cret\n", server, "source", "set", "demo/hello",
                "--git", "https://git.example/hello.git", "--ref", "main", "--dockerfile", "Dockerfile",
                "--context", ".", "--username", "bot", "--password-stdin", "--auto-deploy", "--webhook-secret-stdin");

        assertThat(result.code()).as(result.toString()).isZero();
        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"url":"https://git.example/hello.git","ref":"main","dockerfile":"Dockerfile","context":".",
                 "username":"bot","password":"%s","autoDeploy":true,"webhookSecret":"hook-s3cret"}""".formatted(PASSWORD)));
        assertThat(result.out()).contains("source of demo/hello set", "Webhook URL:",
                server.url() + "/api/v1/hooks/demo/hello");
        assertThat(result.out() + result.err()).doesNotContain(PASSWORD, "hook-s3cret");
    }

    @Test
    void sourceSetWithoutSecretsSendsNoneAndAutoDeployOff() {
        server.on("PUT " + APP + "/source", 200, "{\"url\":\"file:///srv/hello.git\",\"ref\":\"main\"}");

        Cli.against(server, "source", "set", "demo/hello", "--git", "file:///srv/hello.git", "--ref", "main");

        assertThat(Json.read(server.onlyRequest().body())).isEqualTo(Json.read("""
                {"url":"file:///srv/hello.git","ref":"main","autoDeploy":false}"""));
    }

    @Test
    void sourceSetWithAUsernameButNoPasswordIsAUsageError() {
        Result result = Cli.against(server, "source", "set", "demo/hello", "--git", "https://git.example/h.git",
                "--ref", "main", "--username", "bot");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("--password-stdin");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void sourceGetSaysWhetherSecretsAreSetAndWhereWebhooksGo() {
        server.on("GET " + APP + "/source", 200, SOURCE);

        Result result = Cli.against(server, "source", "get", "demo/hello");

        assertThat(result.out()).isEqualTo("""
                Git:             https://git.example/hello.git
                Ref:             main
                Dockerfile:      Dockerfile
                Context:         .
                Username:        bot
                Password:        (set)
                Auto-deploy:     yes
                Webhook secret:  (set)
                Webhook URL:     %s/api/v1/hooks/demo/hello
                """.formatted(server.url()));
    }

    @Test
    void sourceDeleteDeletesIt() {
        server.on("DELETE " + APP + "/source", 204, "");

        Result result = Cli.against(server, "source", "delete", "demo/hello");

        assertThat(result.out()).isEqualTo("source of demo/hello deleted\n");
        assertThat(server.onlyRequest().method()).isEqualTo("DELETE");
    }
}
