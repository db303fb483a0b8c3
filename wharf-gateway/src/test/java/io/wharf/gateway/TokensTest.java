package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aListKeepsItsNonEmptyElementsWithoutTheSpacesAndTabsAroundThem() {
        assertThat(Tokens.list("a, b ,,\tc\t")).containsExactly("a", "b", "c");
        assertThat(Tokens.list("keep-alive")).containsExactly("keep-alive");
        assertThat(Tokens.list("")).isEmpty();
        assertThat(Tokens.list(" , ,")).isEmpty();
    }

    @Test
    void theConnectionHeaderNamesHeadersInLowerCaseButNotKeepAliveOrClose() {
        assertThat(Tokens.connectionNames(List.of("Keep-Alive, X-Trace", "close,Upgrade"))).containsExactly("x-trace", "upgrade");
        assertThat(Tokens.anyIs(List.of("x, Keep-Alive"), "keep-alive")).isTrue();
        assertThat(Tokens.anyIs(List.of("keep-alive-ish"), "keep-alive")).isFalse();
    }
}
