package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.cli.Cli.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelpTest {
    @Test
    void helpListsTheCommandsTheGlobalOptionsAndTheExitCodes() {
        Result result = Cli.run(Map.of(), "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: wharf", "system", "app", "ps", "logs", "exec", "events",
                "--server=URL", "--token=TOKEN", "--home=DIR", "--output=FORMAT", "Exit codes: 0 done");
    }

    @Test
    void helpListsTheCommandsForUsersRolesQuotasAndTheAuditTrail() {
        Result result = Cli.run(Map.of(), "--help");

        assertThat(result.out().lines().map(String::strip).map(line -> line.split(" ")[0]))
                .contains("login", "logout", "user", "token", "member", "quota", "audit");
    }

    @Test
    void helpListsTheCommandsForRegistriesSourcesBuildsVersionsAndWebhooks() {
        Result result = Cli.run(Map.of(), "--help");

        assertThat(result.out().lines().map(String::strip).map(line -> line.split(" ")[0]))
                .contains("registry", "source", "build", "builds", "versions", "hooks");
    }

    @Test
    void helpListsTheCommandsForExitsAndMetrics() {
        Result result = Cli.run(Map.of(), "--help");

        assertThat(result.out().lines().map(String::strip).map(line -> line.split(" ")[0]))
                .contains("logs", "exits", "top");
    }

    @Test
    void logsHelpShowsFollowAndTimestamps() {
        Result result = Cli.run(Map.of(), "logs", "--help");

        assertThat(result.out()).contains("-f, --follow", "--timestamps", "--tail=N");
    }

    @Test
    void loginHelpSaysWhereTheTokenIsStored() {
        Result result = Cli.run(Map.of(), "login", "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("--token-stdin", "config.json", "0600");
    }

    @Test
    void everyCommandHasHelpThatShowsTheInheritedOptions() {
        Result result = Cli.run(Map.of(), "app", "create", "--help");

        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("Usage: wharf app create", "--image=IMAGE", "--health-http=PATH", "--server=URL");
    }

    @Test
    void versionPrintsAVersionOnEveryCommand() {
        assertThat(Cli.run(Map.of(), "--version").out()).startsWith("wharf ");
        assertThat(Cli.run(Map.of(), "ps", "--version").out()).startsWith("wharf ");
    }

    @Test
    void noCommandIsAUsageErrorThatShowsTheUsage() {
        Result result = Cli.run(Map.of());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required subcommand", "Usage: wharf");
    }
}
