package io.wharf.server.auth;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer token as sent, before it is checked, and the admin it names once it is. */
final class AdminTokenAuthentication extends AbstractAuthenticationToken {
    static final String ADMIN = "admin";
    private final transient String token;

    private AdminTokenAuthentication(String token, boolean authenticated) {
        super(authenticated ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of());
        this.token = token;
        setAuthenticated(authenticated);
    }

    static AdminTokenAuthentication unchecked(String token) {
        return new AdminTokenAuthentication(token, false);
    }

    static AdminTokenAuthentication admin() {
        return new AdminTokenAuthentication(null, true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return isAuthenticated() ? ADMIN : null;
    }
}
