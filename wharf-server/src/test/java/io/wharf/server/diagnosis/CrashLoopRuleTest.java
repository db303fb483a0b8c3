package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrashLoopRuleTest {
    private final CrashLoopRule rule = new CrashLoopRule();

    @Test
    void repeatedExitsSayHowOftenWithWhichCodeAndTheLastLines() {
        Facts facts = Given.app()
                .exit("hello-c", 3, "Error", 14, "starting", "config missing", "")
                .exit("hello-b", 3, "Error", 12, "starting", "config missing")
                .exit("hello-a", 3, "Error", 10, "starting", "config missing").facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.CrashLoop);
            assertThat(f.message()).isEqualTo("exited 3 times with code 3 in 4 s; last lines: starting | config missing");
            assertThat(f.evidence()).hasSize(3).first().asString()
                    .isEqualTo("instance hello-c exited with code 3 at 12:00:14Z; last lines: starting | config missing");
            assertThat(f.action()).contains("wharf exits SYSTEM/APP");
        });
    }

    @Test
    void theLastLinesAreThoseOfTheNewestExitThatWroteAny() {
        Facts facts = Given.app().exit("hello-b", 3, "Error", 12).exit("hello-a", 3, "Error", 10, "no config").facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("exited 2 times with code 3 in 2 s; last lines: no config"));
    }

    @Test
    void aCommandThatEndsWellButEndsIsToldToStayInTheForeground() {
        Facts facts = Given.app().exit("hello-b", 0, "Completed", 12).exit("hello-a", 0, "Completed", 10).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("exited 2 times with code 0 in 2 s");
            assertThat(f.action()).contains("foreground");
        });
    }

    @Test
    void oneExitIsNoLoopAndKillsForMemoryAreNotCounted() {
        assertThat(rule.apply(Given.app().exit("hello-a", 1, "Error", 10).facts())).isEmpty();
        assertThat(rule.apply(Given.app().exit("hello-b", 137, "OOMKilled", 12).exit("hello-a", 1, "Error", 10).facts()))
                .isEmpty();
    }
}
