package io.wharf.server.auth;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Accepts the admin token, compared in constant time. */
final class AdminTokenProvider implements AuthenticationProvider {
    private final AdminToken token;

    AdminTokenProvider(AdminToken token) {
        this.token = token;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        if (!token.matches((String) authentication.getCredentials())) {
            throw new BadCredentialsException("The token is not valid: use the one in $WHARF_HOME/admin.token");
        }
        return AdminTokenAuthentication.admin();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return AdminTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
