package io.wharf.server.console;

import io.wharf.model.ValidationException;
import io.wharf.server.api.ApiException;
import io.wharf.server.audit.AuditFilter;
import io.wharf.server.auth.Caller;
import io.wharf.server.auth.Callers;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/console/links} gives the caller a one-time link into the console; the page
 * trades its code for the caller's token with {@code POST /api/v1/console/login} (public: the code is
 * the proof), keeps the token in the tab's sessionStorage and drops the code from its address. The audit
 * trail records the login as the user and token the link was made for.
 */
@RestController
@RequestMapping("/api/v1/console")
public class ConsoleLinkController {
    private final ConsoleLinks links;

    public ConsoleLinkController(ConsoleLinks links) {
        this.links = links;
    }

    /** A link: {@code path} is the console's page with the code in its fragment, never sent to a server. */
    public record LinkView(String path, Instant expiresAt) {
    }

    public record LoginRequest(String code) {
    }

    public record LoginView(String token) {
    }

    @PostMapping("/links")
    ResponseEntity<LinkView> create(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        Caller caller = Callers.current().orElseThrow(() -> new IllegalStateException("no caller"));
        ConsoleLinks.Link link = links.create(Callers.bearerToken(authorization), caller);
        return ResponseEntity.created(URI.create("/")).cacheControl(CacheControl.noStore())
                .body(new LinkView("/#login=" + link.code(), link.expiresAt()));
    }

    @PostMapping("/login")
    ResponseEntity<LoginView> login(@RequestBody LoginRequest request, HttpServletRequest http) {
        if (request == null || request.code() == null || request.code().isBlank()) {
            throw ValidationException.of("code", "is required: the code after '#login=' in the link wharf console printed");
        }
        ConsoleLinks.Redeemed redeemed = links.redeem(request.code()).orElseThrow(() -> new ApiException(
                HttpStatus.UNAUTHORIZED, "Unauthorized", "this console link is unknown, used or older than "
                        + ConsoleLinks.LIFETIME.toSeconds() + " s: run 'wharf console' for a new one"));
        http.setAttribute(AuditFilter.CALLER, redeemed.caller());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new LoginView(redeemed.token()));
    }
}
