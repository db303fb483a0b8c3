package io.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

class SubcommandsTest {
    @Test
    void eachCommandIsRegisteredUnderItsOwnName() {
        Subcommands.all().forEach((name, command) ->
                assertThat(command.getAnnotation(Command.class).name()).as(command.getSimpleName()).isEqualTo(name));
    }

    @Test
    void theCommandNamedIsTheFirstArgumentThatIsACommandAndNotAnOptionsValue() {
        assertThat(Subcommands.named(List.of("app", "list", "demo"))).isEqualTo("app");
        assertThat(Subcommands.named(List.of("--server", "http://x", "-o", "json", "ps", "demo/hello"))).isEqualTo("ps");
        assertThat(Subcommands.named(List.of("--token", "logs", "events", "demo"))).isEqualTo("events");
        assertThat(Subcommands.named(List.of("--help"))).isNull();
        assertThat(Subcommands.named(List.of("nonsense", "app"))).isNull();
        assertThat(Subcommands.named(List.of())).isNull();
    }

    @Test
    void theHelpOfWharfListsEveryCommand() {
        Cli.Result help = Cli.run(java.util.Map.of(), "--help");

        Subcommands.all().keySet().forEach(name -> assertThat(help.out()).contains("  " + name + " "));
    }
}
