package io.wharf.server.hooks;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The git services whose push webhooks Wharf takes, told apart by their headers, and how each proves a
 * delivery: GitHub and Gitea/Forgejo by an HMAC-SHA256 of the body, GitLab by the secret token itself.
 */
enum Provider {
    GITHUB("X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256", "sha256="),
    GITEA("X-Gitea-Event", "X-Gitea-Delivery", "X-Gitea-Signature", ""),
    FORGEJO("X-Forgejo-Event", "X-Forgejo-Delivery", "X-Forgejo-Signature", ""),
    GITLAB("X-Gitlab-Event", "X-Gitlab-Event-UUID", "X-Gitlab-Token", null);

    private final String eventHeader;
    private final String deliveryHeader;
    private final String proofHeader;
    private final String hmacPrefix;

    Provider(String eventHeader, String deliveryHeader, String proofHeader, String hmacPrefix) {
        this.eventHeader = eventHeader;
        this.deliveryHeader = deliveryHeader;
        this.proofHeader = proofHeader;
        this.hmacPrefix = hmacPrefix;
    }

    static Optional<Provider> of(HttpServletRequest request) {
        // Gitea and Forgejo also send GitHub's headers for compatibility: their own decide first
        for (Provider p : new Provider[] {FORGEJO, GITEA, GITLAB, GITHUB}) {
            if (request.getHeader(p.eventHeader) != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String event(HttpServletRequest request) {
        String event = request.getHeader(eventHeader);
        return event == null ? null : event.trim().toLowerCase(Locale.ROOT);
    }

    boolean isPush(String event) {
        return this == GITLAB ? "push hook".equals(event) || "tag push hook".equals(event) : "push".equals(event);
    }

    String deliveryId(HttpServletRequest request) {
        return request.getHeader(deliveryHeader);
    }

    /** Whether the delivery proves it knows {@code secret}; compared in constant time. */
    boolean verifies(HttpServletRequest request, byte[] body, String secret) {
        String proof = request.getHeader(proofHeader);
        if (proof == null || secret == null) {
            return false;
        }
        if (hmacPrefix == null) {
            return MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8), proof.getBytes(StandardCharsets.UTF_8));
        }
        byte[] expected = (hmacPrefix + HexFormat.of().formatHex(hmac(secret, body))).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, proof.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] hmac(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
