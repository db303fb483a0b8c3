package io.wharf.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.server.AbstractRunningServerIT;
import io.wharf.server.ApiClient;
import org.junit.jupiter.api.Test;

/** {@code wharf console}'s one-time links: a code logs a browser in once, as the caller who asked for it. */
class ConsoleLinkIT extends AbstractRunningServerIT {
    private ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port, null);
    }

    @Test
    void aLinksCodeGivesTheCallersTokenOnceAndThenIsRefusedSayingWhatToDo() {
        ApiClient.Response link = api.post("/api/v1/console/links", "{}");
        assertThat(link.status()).as(link.body()).isEqualTo(201);
        String path = link.json().get("path").asString();
        assertThat(path).startsWith("/#login=");
        assertThat(link.json().get("expiresAt").asString()).isNotBlank();
        String code = path.substring("/#login=".length());

        ApiClient.Response first = anonymous().post("/api/v1/console/login", "{\"code\": \"" + code + "\"}");
        ApiClient.Response second = anonymous().post("/api/v1/console/login", "{\"code\": \"" + code + "\"}");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        String token = first.json().get("token").asString();
        assertThat(token).isEqualTo(adminToken());
        assertThat(new ApiClient("http://127.0.0.1:" + port, token).get("/api/v1/whoami").status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(401);
        assertThat(second.contentType()).startsWith("application/problem+json");
        assertThat(second.body()).contains("wharf console").doesNotContain(token);
        assertThat(api.get("/api/v1/audit?operation=POST%20/api/v1/console/login&limit=10").json().get("entries")
                .valueStream().map(e -> e.get("actor").asString() + " " + e.get("status").asInt()))
                .as("the login is recorded as the user the link was made for").contains("admin 200", "anonymous 401");
    }

    @Test
    void aGuessedOrMissingCodeIsRefusedAndOnlyACallerWithATokenGetsALink() {
        ApiClient.Response guessed = anonymous().post("/api/v1/console/login", "{\"code\": \"not-a-code\"}");
        ApiClient.Response missing = anonymous().post("/api/v1/console/login", "{}");
        ApiClient.Response noToken = anonymous().post("/api/v1/console/links", "{}");

        assertThat(guessed.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("code");
        assertThat(noToken.status()).isEqualTo(401);
    }
}
