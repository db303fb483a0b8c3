package io.wharf.server.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.AppEvent;
import io.wharf.server.quota.QuotaResponse.Amounts;
import org.junit.jupiter.api.Test;

class QuotaRuleTest {
    private static final String REFUSED = "a change was refused: replicas: quota: 0 of 3 instances left; this change needs"
            + " 1 instance more";
    private final QuotaRule rule = new QuotaRule();

    private static Given fullSystem() {
        return Given.app().available(2).quota(new Amounts(3L, "2", null, null), new Amounts(3L, "1500m", "192Mi", 0L));
    }

    @Test
    void aRefusedChangeSaysWhatIsLeftAndWhatTheSystemUses() {
        Facts facts = fullSystem().event(30, AppEvent.WARNING, "QuotaExceeded", REFUSED).facts();

        assertThat(rule.apply(facts)).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(Reason.QuotaExhausted);
            assertThat(f.message()).isEqualTo("quota: 0 instances left");
            assertThat(f.evidence()).containsExactly("12:00:30Z " + REFUSED,
                    "the system uses 3 instances with rollouts' peaks counted; its quota is 3 instances");
            assertThat(f.action()).contains("wharf quota set");
        });
    }

    @Test
    void aRefusalForCpuCountsCpu() {
        Facts facts = fullSystem().event(30, AppEvent.WARNING, "QuotaExceeded", "a change was refused: resources.cpu:"
                + " quota: 500m of 2 CPU left; this change needs 1 CPU more").facts();

        assertThat(rule.apply(facts)).singleElement()
                .satisfies(f -> assertThat(f.message()).isEqualTo("quota: 0.5 CPU left"));
    }

    @Test
    void noRefusalOrAQuotaLiftedSinceGivesNoFinding() {
        assertThat(rule.apply(fullSystem().facts())).isEmpty();
        assertThat(rule.apply(Given.app().event(30, AppEvent.WARNING, "QuotaExceeded", REFUSED).facts()))
                .as("no quota on instances any more").isEmpty();
    }
}
