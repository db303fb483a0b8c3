package io.wharf.server.auth;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the request being served, as authenticated by the security chain. */
public final class Callers {
    private Callers() {
    }

    public static Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /** The bearer token an {@code Authorization} header's value carries, read as the security chain reads it. */
    public static String bearerToken(String authorization) {
        return BearerTokenConverter.tokenOf(authorization);
    }
}
