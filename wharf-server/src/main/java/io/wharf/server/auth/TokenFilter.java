package io.wharf.server.auth;

import io.wharf.server.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Every API call but the health check needs {@code Authorization: Bearer <admin token>}. */
@Component
public class TokenFilter extends OncePerRequestFilter {
    private static final String PREFIX = "Bearer ";
    private final AdminToken token;
    private final Problems problems;

    public TokenFilter(AdminToken token, Problems problems) {
        this.token = token;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.equals("/api/v1/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.startsWith(PREFIX)) {
            deny(request, response, "This API needs a token: send 'Authorization: Bearer <token>'; the admin token is in $WHARF_HOME/admin.token");
        } else if (!token.matches(header.substring(PREFIX.length()).trim())) {
            deny(request, response, "The token is not valid: use the one in $WHARF_HOME/admin.token");
        } else {
            chain.doFilter(request, response);
        }
    }

    private void deny(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wharf\"");
        problems.write(response, problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, request.getRequestURI()));
    }
}
