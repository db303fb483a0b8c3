package io.wharf.cli.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aProblemBodyGivesItsTitleDetailAndFieldErrors() {
        Problem problem = Problem.from(422, """
                {"title":"Invalid request","status":422,"detail":"name must be a DNS label",
                 "errors":[{"field":"name","message":"must be a DNS label"}]}""", json);

        assertThat(problem).isEqualTo(new Problem(422, "Invalid request", "name must be a DNS label",
                List.of(new Problem.FieldError("name", "must be a DNS label"))));
    }

    @Test
    void anEmptyOrForeignBodyGivesTheStatusAndAtMostTheStartOfTheBody() {
        assertThat(Problem.from(503, "", json)).isEqualTo(new Problem(503, "HTTP 503", null, List.of()));
        assertThat(Problem.from(500, "x".repeat(500), json).detail()).hasSize(203).endsWith("...");
        assertThat(Problem.from(400, "[1,2]", json).title()).isEqualTo("HTTP 400");
    }
}
