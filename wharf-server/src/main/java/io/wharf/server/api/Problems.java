package io.wharf.server.api;

import io.wharf.model.FieldError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details, the body of every error this API returns. */
@Component
public class Problems {
    private final JsonMapper json;

    public Problems(JsonMapper json) {
        this.json = json;
    }

    public ProblemDetail of(HttpStatus status, String title, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return problem;
    }

    public ProblemDetail invalid(List<FieldError> errors, String path) {
        ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid request",
                errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                        : errors.size() + " fields are invalid; see errors", path);
        problem.setProperty("errors", errors);
        return problem;
    }

    public ProblemDetail tooLarge(long maxBytes) {
        return of(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", "the request body is larger than " + maxBytes
                + " bytes (wharf.api.max-body-bytes); send less", null);
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
