package io.wharf.server.builds;

import java.time.Instant;

/** An app's build source as the API shows it: never the password nor the webhook secret, only whether they are set. */
public record SourceResponse(String url, String ref, String dockerfile, String context, String username,
                             boolean hasPassword, boolean autoDeploy, boolean hasWebhookSecret, Instant updatedAt) {
    static SourceResponse of(StoredSource s) {
        return new SourceResponse(s.url(), s.ref(), s.dockerfile(), s.context(), s.username(), s.password() != null,
                s.autoDeploy(), s.webhookSecret() != null, s.updatedAt());
    }
}
