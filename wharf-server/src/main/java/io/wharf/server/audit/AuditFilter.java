package io.wharf.server.audit;

import io.wharf.server.console.ConsolePaths;
import io.wharf.server.auth.Caller;
import io.wharf.server.auth.Callers;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Writes every API call but the health check to the audit trail once it is answered, refused ones
 * too, and before the answer leaves: a client that reads the trail after its call finds it there.
 * (A followed stream is recorded when it ends.) Changes are summarised by the names of the fields
 * sent, never their values.
 */
public final class AuditFilter extends OncePerRequestFilter {
    public static final String OPERATION = AuditFilter.class.getName() + ".operation";
    public static final String SYSTEM = AuditFilter.class.getName() + ".system";
    /** Who a public call acted for, when it proved that itself (a console link's code): a {@link Caller}. */
    public static final String CALLER = AuditFilter.class.getName() + ".caller";
    private static final Logger LOG = LoggerFactory.getLogger(AuditFilter.class);
    private static final int SUMMARY_BODY_BYTES = 64 * 1024;
    private final AuditRows rows;
    private final Clock clock;

    public AuditFilter(AuditRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals("/api/v1/health") || ConsolePaths.isConsole(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingRequestWrapper cached = new ContentCachingRequestWrapper(request, SUMMARY_BODY_BYTES);
        if (streams(request)) {
            try {
                chain.doFilter(cached, response);
            } finally {
                record(cached, response.getStatus());
            }
            return;
        }
        ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(cached, held);
        } finally {
            record(cached, held.getStatus());
            held.copyBodyToResponse();
        }
    }

    /** Answers that may be long or endless (logs, follows, upgrades) go out as they are made, never held. */
    private static boolean streams(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return request.getParameter("follow") != null || "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))
                || uri.endsWith("/logs") || uri.endsWith("/metrics") || uri.endsWith("/exits");
    }

    private void record(ContentCachingRequestWrapper request, int status) {
        Optional<Caller> caller = Callers.current().or(() -> Optional.ofNullable(
                request.getAttribute(CALLER) instanceof Caller proven ? proven : null));
        Object operation = request.getAttribute(OPERATION);
        try {
            rows.insert(new AuditEntry(null, clock.instant(), caller.map(Caller::user).orElse("anonymous"),
                    caller.map(Caller::tokenId).orElse(null), request.getRemoteAddr(), request.getMethod(),
                    request.getRequestURI(), operation == null ? request.getMethod() + " " + request.getRequestURI()
                    : operation.toString(), (String) request.getAttribute(SYSTEM), status,
                    FieldNames.of(request.getContentAsByteArray())));
        } catch (RuntimeException e) {
            LOG.error("audit trail: could not record {} {} ({}): {}", request.getMethod(), request.getRequestURI(), status,
                    e.getMessage());
        }
    }
}
