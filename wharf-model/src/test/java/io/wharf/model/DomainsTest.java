package io.wharf.model;

import static io.wharf.model.Validation.errorsOf;
import static io.wharf.model.Validation.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainsTest {
    @ParameterizedTest
    @ValueSource(strings = {"shop.example.com", "a.b", "www.shop-1.example.co.uk"})
    void aLowerCaseHostNameWithADotIsAccepted(String domain) {
        assertThat(Domains.isHostName(domain)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "Shop.example.com", "shop.example.com.", "-a.example.com",
            "a..example.com", "shop_1.example.com", "shop.example.com:80"})
    void anythingElseIsNoHostName(String domain) {
        assertThat(Domains.isHostName(domain)).isFalse();
    }

    @Test
    void eachBadOrRepeatedDomainIsReportedOnItsIndex() {
        assertThat(fieldsOf(e -> Domains.check(e, List.of("ok.example.com", "bad", "ok.example.com"))))
                .containsExactly("domains[1]", "domains[2]");
    }

    @Test
    void tooManyDomainsAreRejected() {
        List<String> many = Collections.nCopies(21, "x.example.com").stream().toList();
        assertThat(errorsOf(e -> Domains.check(e, many))).extracting(FieldError::field).contains("domains");
    }

    @Test
    void changingDomainsIsNoNewRevision() {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        App app = new App("demo", "web", 1, new AppTemplate("img:1", 8080, null, null, null, null, null), 4, t0, t0);

        App changed = app.withDomains(List.of("shop.example.com"), t0.plusSeconds(1));

        assertThat(changed.revision()).isEqualTo(4);
        assertThat(changed.domains()).containsExactly("shop.example.com");
        assertThat(changed.withReplicas(3, t0).domains()).containsExactly("shop.example.com");
        assertThat(app.withDomains(List.of(), t0)).isSameAs(app);
    }
}
