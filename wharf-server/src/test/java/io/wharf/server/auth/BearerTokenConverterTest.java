package io.wharf.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

class BearerTokenConverterTest {
    private static final String TERMINAL = "/api/v1/systems/demo/apps/hello/instances/hello-1/exec";
    private final BearerTokenConverter converter = new BearerTokenConverter();

    private static MockHttpServletRequest request(String method, String path, String... protocols) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        for (String protocol : protocols) {
            request.addHeader("Sec-WebSocket-Protocol", protocol);
        }
        return request;
    }

    private static String asProtocol(String token) {
        return WebSocketToken.PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theTerminalTakesTheTokenFromItsSubprotocolsAsKubernetesDoes() {
        Authentication found = converter.convert(request("GET", TERMINAL, "v5.channel.k8s.io, " + asProtocol("wharf_abc")));

        assertThat(found.getCredentials()).isEqualTo("wharf_abc");
        assertThat(converter.convert(request("GET", TERMINAL, "v5.channel.k8s.io", asProtocol("wharf_def")))
                .getCredentials()).isEqualTo("wharf_def");
    }

    @Test
    void noOtherOperationTakesATokenFromSubprotocols() {
        assertThat(converter.convert(request("POST", TERMINAL, asProtocol("wharf_abc")))).isNull();
        assertThat(converter.convert(request("GET", "/api/v1/systems/demo/apps/hello/logs", asProtocol("wharf_abc"))))
                .isNull();
        assertThat(converter.convert(request("GET", "/api/v1/systems", asProtocol("wharf_abc")))).isNull();
    }

    @Test
    void theAuthorizationHeaderComesFirst() {
        MockHttpServletRequest request = request("GET", TERMINAL, asProtocol("wharf_protocol"));
        request.addHeader("Authorization", "Bearer wharf_header");

        assertThat(converter.convert(request).getCredentials()).isEqualTo("wharf_header");
    }

    @Test
    void aTokenThatIsNotBase64UrlIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> converter.convert(request("GET", TERMINAL, WebSocketToken.PREFIX + "not+base64/url!")))
                .isInstanceOf(BadCredentialsException.class).hasMessageContaining("base64url")
                .hasMessageNotContaining("not+base64");
    }

    @Test
    void aTerminalWithoutATokenStaysAnonymous() {
        assertThat(converter.convert(request("GET", TERMINAL, "v5.channel.k8s.io"))).isNull();
    }
}
