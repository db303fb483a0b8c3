package io.wharf.server.http;

import io.wharf.server.api.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are JSON only (415 otherwise, so that no cross-site form can post) and at most
 * {@code maxBytes} long (413): by their declared length before reading, or while reading a chunked one.
 */
public class RequestBodyGuard extends OncePerRequestFilter {
    private final long maxBytes;
    private final Problems problems;

    public RequestBodyGuard(long maxBytes, Problems problems) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be at least 1");
        }
        this.maxBytes = maxBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        String type = request.getContentType();
        if ((hasBody || type != null) && !isJson(type)) {
            problems.write(response, problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "send request bodies as JSON with 'Content-Type: application/json'", null));
        } else if (request.getContentLengthLong() > maxBytes) {
            problems.write(response, problems.tooLarge(maxBytes));
        } else {
            chain.doFilter(hasBody ? new CappedBodyRequest(request, maxBytes) : request, response);
        }
    }

    private static boolean isJson(String type) {
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON) && !media.isWildcardType() && !media.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
