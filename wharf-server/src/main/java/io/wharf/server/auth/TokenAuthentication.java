package io.wharf.server.auth;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A bearer token as sent, before it is checked, and the {@link Caller} it names once it is. */
final class TokenAuthentication extends AbstractAuthenticationToken {
    private final transient String token;
    private final Caller caller;

    private TokenAuthentication(String token, Caller caller) {
        super(caller == null ? List.of() : List.of(new SimpleGrantedAuthority(caller.admin() ? "ROLE_ADMIN" : "ROLE_USER")));
        this.token = token;
        this.caller = caller;
        setAuthenticated(caller != null);
    }

    static TokenAuthentication unchecked(String token) {
        return new TokenAuthentication(token, null);
    }

    static TokenAuthentication of(Caller caller) {
        return new TokenAuthentication(null, caller);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller == null ? "" : caller.user();
    }
}
