package io.wharf.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecTargetTest {
    @Test
    void theInstanceMayBePartOfTheAppsNameOrAWordOfItsOwnOrLeftOut() {
        assertThat(ExecTarget.parse(List.of("demo/hello/hello-1", "sh"), 1))
                .isEqualTo(new ExecTarget(new AppRef("demo", "hello"), "hello-1", List.of("sh")));
        assertThat(ExecTarget.parse(List.of("demo/hello", "hello-1", "sh"), 1))
                .isEqualTo(new ExecTarget(new AppRef("demo", "hello"), "hello-1", List.of("sh")));
        assertThat(ExecTarget.parse(List.of("demo/hello", "sh", "-c", "ls"), 3))
                .isEqualTo(new ExecTarget(new AppRef("demo", "hello"), null, List.of("sh", "-c", "ls")));
    }

    @Test
    void everyWordAfterTheDashesIsTheCommandsEvenOneThatLooksLikeAnInstance() {
        assertThat(ExecTarget.parse(List.of("demo/hello", "hello-1", "--", "x"), 3).command())
                .containsExactly("hello-1", "--", "x");
    }

    @Test
    void withoutDashesTheOldFormStillWorks() {
        assertThat(ExecTarget.parse(List.of("demo/hello", "hello-1", "ls", "-l"), -1))
                .isEqualTo(new ExecTarget(new AppRef("demo", "hello"), "hello-1", List.of("ls", "-l")));
        assertThat(ExecTarget.parse(List.of("demo/hello/hello-1", "ls"), -1))
                .isEqualTo(new ExecTarget(new AppRef("demo", "hello"), "hello-1", List.of("ls")));
    }

    @Test
    void aMissingCommandOrATwiceNamedInstanceOrTooManyWordsBeforeTheDashesAreRefused() {
        assertThatThrownBy(() -> ExecTarget.parse(List.of("demo/hello", "hello-1"), -1))
                .hasMessageContaining("a COMMAND is needed after --");
        assertThatThrownBy(() -> ExecTarget.parse(List.of("demo/hello", "hello-1"), 0))
                .hasMessageContaining("a COMMAND is needed after --");
        assertThatThrownBy(() -> ExecTarget.parse(List.of("demo/hello/a", "b", "sh"), 1))
                .hasMessageContaining("named twice");
        assertThatThrownBy(() -> ExecTarget.parse(List.of("demo/hello", "a", "b", "sh"), 1))
                .hasMessageContaining("SYSTEM/APP[/INSTANCE] [INSTANCE] -- COMMAND");
        assertThatThrownBy(() -> ExecTarget.parse(List.of("demo/hello/", "sh"), 1))
                .hasMessageContaining("SYSTEM/APP[/INSTANCE]");
    }

    @Test
    void theTerminalsQueryHasOneCommandParameterPerArgumentEncoded() {
        assertThat(TerminalRun.path(new AppRef("demo", "hello"), "hello-1", List.of("sh", "-c", "echo a&b=c d"), true,
                true)).isEqualTo("/api/v1/systems/demo/apps/hello/instances/hello-1/exec"
                + "?command=sh&command=-c&command=echo%20a%26b%3Dc%20d&stdin=true&tty=true");
        assertThat(TerminalRun.path(new AppRef("demo", "hello"), "hello-1", List.of("cat"), true, false))
                .endsWith("/exec?command=cat&stdin=true");
    }
}
