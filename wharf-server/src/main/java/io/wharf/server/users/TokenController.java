package io.wharf.server.users;

import io.wharf.model.Errors;
import io.wharf.model.Names;
import io.wharf.server.api.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A user's API tokens (admin only): the secret is shown once, at creation; revoking takes effect at once. */
@RestController
@RequestMapping("/api/v1/users/{user}/tokens")
public class TokenController {
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 3650;
    private final UserRows users;
    private final TokenRows tokens;
    private final Clock clock;

    public TokenController(UserRows users, TokenRows tokens, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** {@code name}: what the token is for (a DNS label); {@code expiresInDays}: 1 to 3650, default 90. */
    public record TokenRequest(String name, Integer expiresInDays) {
    }

    /** The only answer that holds the token. */
    public record CreatedToken(String id, String name, String token, Instant createdAt, Instant expiresAt) {
        @Override
        public String toString() {
            return "CreatedToken[id=" + id + ", name=" + name + ", token=(hidden)]";
        }
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CreatedToken create(@PathVariable String user, @RequestBody TokenRequest request) {
        requireUser(user);
        Errors errors = new Errors();
        Names.check(errors, "name", request.name());
        int days = request.expiresInDays() == null ? DEFAULT_DAYS : request.expiresInDays();
        errors.check(days >= 1 && days <= MAX_DAYS, "expiresInDays", "must be between 1 and " + MAX_DAYS + ", was " + days);
        errors.throwIfAny();
        String token = TokenSecrets.newToken();
        String id = TokenSecrets.newId();
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(days));
        tokens.insert(id, user, request.name(), TokenSecrets.hash(token), now, expires);
        return new CreatedToken(id, request.name(), token, now, expires);
    }

    @GetMapping
    List<TokenRows.TokenView> list(@PathVariable String user) {
        requireUser(user);
        return tokens.list(user);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable String user, @PathVariable String id) {
        requireUser(user);
        if (!tokens.exists(user, id)) {
            throw ApiException.notFound("token " + id + " of user " + user);
        }
        tokens.revoke(user, id, clock.instant());
        return ResponseEntity.noContent().build();
    }

    private void requireUser(String user) {
        users.find(user).orElseThrow(() -> ApiException.notFound("user " + user));
    }
}
