package io.wharf.server.auth;

import io.wharf.server.users.TokenRows;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Accepts the admin and scrape tokens (compared in constant time) and users' tokens that are neither revoked nor expired. */
final class TokenProvider implements AuthenticationProvider {
    private static final String INVALID = "The token is not valid, or it was revoked or has expired";
    private final AdminToken admin;
    private final ScrapeToken scrape;
    private final TokenRows tokens;
    private final Clock clock;

    TokenProvider(AdminToken admin, ScrapeToken scrape, TokenRows tokens, Clock clock) {
        this.admin = admin;
        this.scrape = scrape;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = (String) authentication.getCredentials();
        if (admin.matches(token)) {
            return TokenAuthentication.of(Caller.ADMIN);
        }
        if (scrape.matches(token)) {
            return TokenAuthentication.of(Caller.SCRAPER);
        }
        return tokens.caller(token, clock.instant()).map(TokenAuthentication::of)
                .orElseThrow(() -> new BadCredentialsException(INVALID));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return TokenAuthentication.class.isAssignableFrom(authentication);
    }
}
