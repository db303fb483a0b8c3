package io.wharf.server.api;

import io.wharf.engine.store.StoreConflictException;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import io.wharf.server.http.BodyTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns every failure into a problem+json response that says what to fix; nothing becomes a bare 500. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);
    private final Problems problems;

    public ProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ProblemDetail> invalid(ValidationException e, HttpServletRequest request) {
        return respond(problems.invalid(e.errors(), request.getRequestURI()));
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        ProblemDetail problem = problems.of(e.status(), e.title(), e.getMessage(), request.getRequestURI());
        HttpHeaders headers = problemHeaders();
        if (e instanceof TooManyRequestsException busy) {
            headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(busy.retryAfterSeconds()));
        }
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    @ExceptionHandler(StoreConflictException.class)
    ResponseEntity<ProblemDetail> conflict(StoreConflictException e, HttpServletRequest request) {
        return respond(problems.of(HttpStatus.CONFLICT, "Conflict", e.getMessage(), request.getRequestURI()));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> raced(DataIntegrityViolationException e, HttpServletRequest request) {
        return respond(problems.of(HttpStatus.CONFLICT, "Conflict",
                "the request conflicts with a change made at the same time (for example its system was deleted); check and retry",
                request.getRequestURI()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "The server failed to serve this request; nothing was changed by the failed step. See the server log.",
                request.getRequestURI()));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        ProblemDetail problem;
        if (cause instanceof BodyTooLargeException tooLarge) {
            problem = problems.tooLarge(tooLarge.maxBytes());
        } else if (cause instanceof MismatchedInputException m && !(cause instanceof UnrecognizedPropertyException)
                && !m.getPath().isEmpty()) {
            problem = problems.invalid(List.of(new FieldError(path(m), "has the wrong type: expected "
                    + (m.getTargetType() == null ? "another type" : friendly(m.getTargetType())))), null);
        } else {
            problem = problems.of(HttpStatus.BAD_REQUEST, "Malformed request body", describe(e), null);
        }
        return new ResponseEntity<>(problem, problemHeaders(), problem.getStatus());
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + path(u) + "'; allowed fields here: " + u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String type = m.getTargetType() == null ? "another type" : friendly(m.getTargetType());
            return "field '" + path(m) + "' has the wrong type: expected " + type;
        }
        if (cause instanceof StreamReadException s) {
            return "the body is not valid JSON: " + s.getOriginalMessage();
        }
        if (cause instanceof JacksonException j) {
            return "the body could not be read: " + j.getOriginalMessage();
        }
        return "the body is missing or is not valid JSON";
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String friendly(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    private static HttpHeaders problemHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return headers;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).headers(problemHeaders()).body(problem);
    }
}
