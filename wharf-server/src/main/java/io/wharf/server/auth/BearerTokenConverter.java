package io.wharf.server.auth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads {@code Authorization: Bearer <token>}, or for a browser's terminal the token in its WebSocket
 * subprotocols (see {@link WebSocketToken}); a request with neither stays anonymous.
 */
final class BearerTokenConverter implements AuthenticationConverter {
    private static final String PREFIX = "bearer ";

    @Override
    public Authentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return WebSocketToken.of(request).map(TokenAuthentication::unchecked).orElse(null);
        }
        return TokenAuthentication.unchecked(tokenOf(header));
    }

    /** The token of an {@code Authorization} header's value; refused unless it says {@code Bearer}. */
    static String tokenOf(String header) {
        if (header.length() < PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new BadCredentialsException("Only bearer tokens are accepted: send 'Authorization: Bearer <token>'");
        }
        return header.substring(PREFIX.length()).trim();
    }
}
