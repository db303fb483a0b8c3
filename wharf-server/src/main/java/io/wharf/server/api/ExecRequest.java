package io.wharf.server.api;

import io.wharf.engine.runtime.ExecCommand;
import io.wharf.model.FieldError;
import io.wharf.model.ValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The body of an exec: {"command": ["ls", "-l"], "timeoutSeconds": 30}; bad values are 422s that name them. */
public record ExecRequest(List<String> command, Integer timeoutSeconds) {
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int MAX_TIMEOUT_SECONDS = 300;

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds);
    }

    /** Fails with a {@link ValidationException} naming every bad field. */
    void validate() {
        List<FieldError> errors = new ArrayList<>();
        String problem = ExecCommand.problem(command);
        if (problem != null) {
            errors.add(new FieldError("command", problem + " (an argument vector such as [\"ls\", \"-l\"]; "
                    + "no shell is added: give [\"sh\", \"-c\", \"...\"] for one)"));
        }
        if (timeoutSeconds != null && (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS)) {
            errors.add(new FieldError("timeoutSeconds", "must be between 1 and " + MAX_TIMEOUT_SECONDS
                    + " seconds, not " + timeoutSeconds));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
