package io.wharf.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.util.UrlPathHelper;

/**
 * The bearer token of a terminal opened from a browser, which cannot set {@code Authorization} on a
 * WebSocket: as Kubernetes takes it, a subprotocol {@code base64url.bearer.authorization.k8s.io.<token
 * in base64url>} in {@code Sec-WebSocket-Protocol}. Read on the terminal's operation only; the
 * subprotocol the server then chooses is a channel protocol, never this one.
 */
final class WebSocketToken {
    static final String PREFIX = "base64url.bearer.authorization.k8s.io.";
    static final String TERMINAL = "GET /api/v1/systems/{system}/apps/{app}/instances/{instance}/exec";
    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private WebSocketToken() {
    }

    /** The token the request's subprotocols carry, if it is a terminal's request and they carry one. */
    static Optional<String> of(HttpServletRequest request) {
        boolean terminal = OperationRoles.match(request.getMethod(), PATHS.getPathWithinApplication(request))
                .filter(m -> m.row().operation().equals(TERMINAL)).isPresent();
        if (!terminal) {
            return Optional.empty();
        }
        for (String header : Collections.list(request.getHeaders("Sec-WebSocket-Protocol"))) {
            for (String protocol : header.split(",")) {
                String trimmed = protocol.trim();
                if (trimmed.startsWith(PREFIX)) {
                    return Optional.of(decode(trimmed.substring(PREFIX.length())));
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(String encoded) {
        try {
            return new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadCredentialsException("The token in Sec-WebSocket-Protocol (" + PREFIX.substring(0,
                    PREFIX.length() - 1) + ".<token>) must be in unpadded base64url");
        }
    }
}
