package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.AppTemplate;
import io.wharf.model.Resources;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OomRuleTest {
    private final OomRule rule = new OomRule();

    @Test
    void killsForMemoryNameTheLimitAndHowOften() {
        Facts facts = Given.app()
                .exit("hello-b", 137, "OOMKilled", 15, "allocating", "still allocating")
                .exit("hello-a", 137, "OOMKilled", 10, "allocating").facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.OOMKilled);
            assertThat(f.message()).isEqualTo("OOMKilled at 16Mi, 2 times in 5 s: raise resources.memory");
            assertThat(f.evidence()).containsExactly(
                    "instance hello-b was killed at 12:00:15Z (exit code 137); last lines: allocating | still allocating",
                    "instance hello-a was killed at 12:00:10Z (exit code 137); last lines: allocating");
            assertThat(f.action()).contains("resources.memory above 16Mi");
        });
    }

    @Test
    void oneKillIsEnough() {
        assertThat(rule.apply(Given.app().exit("hello-a", 137, "OOMKilled", 10).facts())).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("OOMKilled at 16Mi: raise resources.memory"));
    }

    @Test
    void withoutALimitTheMachineRanOutOfMemory() {
        Facts facts = Given.app().template(new AppTemplate("localhost/wharf/hello:1", 8080, null, List.of(), Map.of(),
                Resources.NONE, null)).exit("hello-a", 137, "OOMKilled", 10).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("OOMKilled without a memory limit of its own: the machine ran out of memory"));
    }

    @Test
    void otherExitsAndOldKillsAreNotThisRules() {
        Facts facts = Given.app().now(3600).exit("hello-b", 137, "Killed", 3590).exit("hello-a", 137, "OOMKilled", 10)
                .facts();

        assertThat(rule.apply(facts)).isEmpty();
    }
}
