package io.wharf.bench.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScaleCommandTest {
    private final ScaleCommand command = new ScaleCommand();
    private final CommandLine cli = new CommandLine(command);

    @Test
    void theDefaultsAreTwentyInstancesThreeRoundsOneWarmUpAndWharfsOwnParallelism() {
        cli.parseArgs();

        assertThat(command.settings()).isEqualTo(new ScaleSettings(20, 3, 1, 8, "localhost/wharf/hello:1", false));
        assertThat(command.serverJar).isNull();
    }

    @Test
    void everyOptionIsParsed() {
        cli.parseArgs("--instances", "5", "--rounds=2", "--warmup", "0", "--parallelism", "4",
                "--image", "localhost/other:2", "--server-jar", "/opt/wharf-server.jar", "--keep");

        assertThat(command.settings()).isEqualTo(new ScaleSettings(5, 2, 0, 4, "localhost/other:2", true));
        assertThat(command.serverJar).isEqualTo(Path.of("/opt/wharf-server.jar"));
    }

    @Test
    void aNumberOutOfRangeIsAParameterExceptionThatNamesTheOption() {
        cli.parseArgs("--parallelism", "0");

        assertThatThrownBy(command::settings).isInstanceOf(CommandLine.ParameterException.class)
                .hasMessageContaining("--parallelism must be between 1 and 256");
    }

    @Test
    void aWordWhereANumberBelongsIsRefused() {
        assertThatThrownBy(() -> cli.parseArgs("--instances", "many"))
                .isInstanceOf(CommandLine.ParameterException.class);
    }
}
