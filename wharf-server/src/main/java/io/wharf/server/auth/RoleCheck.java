package io.wharf.server.auth;

import io.wharf.server.console.ConsolePaths;
import io.wharf.server.api.ApiException;
import io.wharf.server.api.Problems;
import io.wharf.server.audit.AuditFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Decides each request by {@link OperationRoles}, on the decoded path that routing uses: an operation
 * without a row is refused for everyone; a system-scoped one needs the caller's role in that system.
 */
final class RoleCheck extends OncePerRequestFilter {
    private static final UrlPathHelper PATHS = new UrlPathHelper();
    private final SystemAccess access;
    private final Problems problems;

    RoleCheck(SystemAccess access, Problems problems) {
        this.access = access;
        this.problems = problems;
    }

    /** The console's files are no operation: public, and served by the web layer. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && ConsolePaths.isConsole(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = PATHS.getPathWithinApplication(request);
        Optional<OperationRoles.Match> match = OperationRoles.match(request.getMethod(), path);
        if (match.isEmpty()) {
            problems.write(response, problems.of(HttpStatus.NOT_FOUND, "Not found", "there is no operation "
                    + request.getMethod() + " " + path + "; the operations are listed in /api/v1/openapi.json",
                    request.getRequestURI()));
            return;
        }
        request.setAttribute(AuditFilter.OPERATION, match.get().row().operation());
        request.setAttribute(AuditFilter.SYSTEM, match.get().system());
        try {
            check(match.get());
        } catch (ApiException refused) {
            problems.write(response, problems.of(refused.status(), refused.title(), refused.getMessage(),
                    request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    private void check(OperationRoles.Match match) {
        Need need = match.row().need();
        if (need == Need.PUBLIC) {
            return;
        }
        Caller caller = Callers.current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "Unauthorized",
                "This API needs a token: send 'Authorization: Bearer <token>'"));
        if (Caller.SCRAPER.equals(caller) || need == Need.METRICS) {
            if (caller.admin() || Caller.SCRAPER.equals(caller) && need == Need.METRICS) {
                return;
            }
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", Caller.SCRAPER.equals(caller)
                    ? "the scrape token may read /metrics only" : "only the platform admin and the scrape token may read /metrics");
        }
        if (need == Need.ANY || caller.admin()) {
            return;
        }
        if (need == Need.ADMIN) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Forbidden", "only the platform admin may do this");
        }
        access.require(caller, match.system(), need);
    }
}
