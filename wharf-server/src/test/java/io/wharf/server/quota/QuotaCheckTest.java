package io.wharf.server.quota;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotaCheckTest {
    private static final QuotaLimit TEN = new QuotaLimit(10L, 4000L, 8L << 30, 2L);

    @Test
    void aChangeThatStaysWithinTheQuotaPasses() {
        assertThat(errors(TEN, new Usage(7, 0, 0, 0), new Usage(10, 4000, 8L << 30, 2), false)).isEmpty();
    }

    @Test
    void aChangePastTheInstanceLimitSaysHowManyAreLeftAndHowManyItNeeds() {
        assertThat(errors(TEN, new Usage(7, 0, 0, 0), new Usage(12, 0, 0, 0), false)).containsExactly(
                new FieldError("replicas", "quota: 3 of 10 instances left; this change needs 5 instances more"));
    }

    @Test
    void cpuMemoryAndGpusAreEachNamedAsTheResourceFieldTheyLimit() {
        assertThat(errors(TEN, new Usage(1, 3500, 7L << 30, 1), new Usage(2, 4500, 9L << 30, 3), false))
                .containsExactly(
                        new FieldError("resources.cpu", "quota: 500m of 4 CPU left; this change needs 1 CPU more"),
                        new FieldError("resources.memory",
                                "quota: 1Gi of 8Gi memory left; this change needs 2Gi memory more"),
                        new FieldError("resources.gpu", "quota: 1 of 2 GPUs left; this change needs 2 GPUs more"));
    }

    @Test
    void aSystemOverALoweredQuotaMayScaleDownButNotDeploy() {
        Usage over = new Usage(14, 0, 0, 0);
        assertThat(errors(TEN, over, new Usage(12, 0, 0, 0), false)).isEmpty();
        assertThat(errors(TEN, over, over, true)).extracting(FieldError::message).containsExactly(
                "quota: 0 of 10 instances left; the system uses 14 instances with rollouts' peaks counted");
    }

    @Test
    void anUnlimitedQuotaRefusesNothing() {
        assertThat(errors(QuotaLimit.UNLIMITED, Usage.NONE, new Usage(1000, 1 << 20, 1L << 50, 64), true)).isEmpty();
    }

    private static List<FieldError> errors(QuotaLimit limit, Usage now, Usage after, boolean release) {
        try {
            new QuotaCheck(limit, now, after, release).errors().throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            return e.errors();
        }
    }
}
