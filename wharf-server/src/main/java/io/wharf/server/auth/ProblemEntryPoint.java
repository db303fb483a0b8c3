package io.wharf.server.auth;

import io.wharf.server.api.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** A 401 problem that says where the token is, for a missing and for a wrong token alike. */
final class ProblemEntryPoint implements AuthenticationEntryPoint {
    private static final String MISSING =
            "This API needs a token: send 'Authorization: Bearer <token>'; the admin token is in $WHARF_HOME/admin.token";
    private final Problems problems;

    ProblemEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String detail = e instanceof BadCredentialsException ? e.getMessage() : MISSING;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"wharf\"");
        problems.write(response, problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail, null));
    }
}
