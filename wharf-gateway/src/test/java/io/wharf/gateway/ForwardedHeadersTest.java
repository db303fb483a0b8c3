package io.wharf.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

class ForwardedHeadersTest {

    @Test
    void theConnectionHeaderCannotTakeAwayContentLengthOrHost() {
        HttpRequest request = request("Connection", "content-length, Host, X-Drop");
        request.headers().set("Content-Length", "5").set("X-Drop", "1");

        ForwardedHeaders.toBackend(request, "10.0.0.9", "web.demo.wharf.localhost", false);

        assertThat(request.headers().get("Content-Length")).isEqualTo("5");
        assertThat(request.headers().get("Host")).isEqualTo("web.demo.wharf.localhost");
        assertThat(request.headers().contains("X-Drop")).isFalse();
        assertThat(request.headers().contains("Connection")).isFalse();
    }

    @Test
    void everyHeaderThatConnectionHeadersNameIsRemovedWhateverTheSpacingAndCase() {
        HttpRequest request = request("Connection", "keep-alive,\tX-Trace ,, close");
        request.headers().add("Connection", "x-other").set("X-Trace", "1").set("X-Other", "2").set("Keep-Alive", "5")
                .set("X-Kept", "3");

        ForwardedHeaders.toBackend(request, "10.0.0.9", "web.demo.wharf.localhost", false);

        assertThat(request.headers().names()).doesNotContain("X-Trace", "X-Other", "Keep-Alive", "Connection")
                .contains("X-Kept");
    }

    @Test
    void theConnectionHeaderCannotTakeAwayChunkedFraming() {
        HttpRequest request = request("Connection", "transfer-encoding");
        request.headers().set("Transfer-Encoding", "chunked");

        ForwardedHeaders.toBackend(request, "10.0.0.9", "web.demo.wharf.localhost", false);

        assertThat(request.headers().getAll("Transfer-Encoding")).containsExactly("chunked");
    }

    @Test
    void forwardingHeadersOfAnUntrustedClientAreReplaced() {
        HttpRequest request = request("X-Forwarded-For", "1.2.3.4");
        request.headers().set("Forwarded", "for=1.2.3.4").set("X-Forwarded-Host", "bank.example")
                .set("X-Forwarded-Proto", "https");

        ForwardedHeaders.toBackend(request, "10.0.0.9", "web.demo.wharf.localhost", false);

        assertThat(request.headers().getAll("X-Forwarded-For")).containsExactly("10.0.0.9");
        assertThat(request.headers().getAll("Forwarded"))
                .containsExactly("for=10.0.0.9;proto=http;host=\"web.demo.wharf.localhost\"");
        assertThat(request.headers().getAll("X-Forwarded-Host")).containsExactly("web.demo.wharf.localhost");
        assertThat(request.headers().getAll("X-Forwarded-Proto")).containsExactly("http");
    }

    @Test
    void whatOnlyAProxyMaySayAboutTheClientIsRemovedFromAnUntrustedOne() {
        HttpRequest request = request("X-Real-IP", "1.2.3.4");
        request.headers().set("X-Forwarded-Port", "443").set("X-Forwarded-Ssl", "on").set("X-Forwarded-Prefix", "/admin")
                .set("True-Client-IP", "1.2.3.4");

        ForwardedHeaders.toBackend(request, "10.0.0.9", "web.demo.wharf.localhost", false);

        assertThat(request.headers().names()).doesNotContain("X-Real-IP", "X-Forwarded-Port", "X-Forwarded-Ssl",
                "X-Forwarded-Prefix", "True-Client-IP");
    }

    @Test
    void forwardingHeadersOfATrustedProxyAreAppendedTo() {
        HttpRequest request = request("X-Forwarded-For", "1.2.3.4");
        request.headers().set("Forwarded", "for=1.2.3.4").set("X-Forwarded-Host", "shop.example")
                .set("X-Forwarded-Proto", "https");

        ForwardedHeaders.toBackend(request, "::1", "web.demo.wharf.localhost", true);

        assertThat(request.headers().getAll("X-Forwarded-For")).containsExactly("1.2.3.4, ::1");
        assertThat(request.headers().getAll("Forwarded"))
                .containsExactly("for=1.2.3.4, for=\"[::1]\";proto=http;host=\"web.demo.wharf.localhost\"");
        assertThat(request.headers().getAll("X-Forwarded-Host")).containsExactly("shop.example");
        assertThat(request.headers().getAll("X-Forwarded-Proto")).containsExactly("https");
    }

    private static HttpRequest request(String name, String value) {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        request.headers().set("Host", "web.demo.wharf.localhost").set(name, value);
        return request;
    }
}
