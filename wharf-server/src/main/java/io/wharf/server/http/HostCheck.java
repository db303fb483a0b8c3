package io.wharf.server.http;

import io.wharf.server.api.Problems;
import io.wharf.server.config.ApiProperties;
import io.wharf.server.config.WharfProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers only for the host names the API serves, so that a web page cannot reach it through a
 * name it rebinds to 127.0.0.1 (DNS rebinding): anything else is 421.
 */
public class HostCheck extends OncePerRequestFilter {
    private final AllowedHosts allowed;
    private final Problems problems;

    public HostCheck(WharfProperties wharf, ApiProperties api, Problems problems) {
        this.allowed = new AllowedHosts(wharf.bind(), api.allowedHosts());
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader(HttpHeaders.HOST);
        if (host == null || allowed.permits(host)) {
            chain.doFilter(request, response);
            return;
        }
        problems.write(response, problems.of(HttpStatus.MISDIRECTED_REQUEST, "Unknown host",
                "this server does not answer for the Host given; use 127.0.0.1, localhost or the bind address, "
                        + "or add the name to wharf.api.allowed-hosts (WHARF_API_ALLOWED_HOSTS)", null));
    }
}
