package io.wharf.bench.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BuildCommandTest {
    private final BuildCommand command = new BuildCommand();
    private final CommandLine cli = new CommandLine(command);

    @Test
    void theDefaultsAreThreeRoundsAndOneWarmUpOnTheSampleImage() {
        cli.parseArgs();

        assertThat(command.settings()).isEqualTo(new BuildSettings(3, 1, "localhost/wharf/hello:1", false));
        assertThat(command.serverJar).isNull();
    }

    @Test
    void everyOptionIsParsed() {
        cli.parseArgs("--rounds=5", "--warmup", "0", "--image", "localhost/other:2", "--server-jar",
                "/opt/wharf-server.jar", "--keep");

        assertThat(command.settings()).isEqualTo(new BuildSettings(5, 0, "localhost/other:2", true));
        assertThat(command.serverJar).isEqualTo(Path.of("/opt/wharf-server.jar"));
    }

    @Test
    void noRoundsIsAParameterExceptionThatNamesTheOption() {
        cli.parseArgs("--rounds", "0");

        assertThatThrownBy(command::settings).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--rounds must be at least 1");
    }
}
