package io.wharf.server.diagnosis;

import io.wharf.model.Phase;
import java.time.Instant;
import java.util.List;

/** An app's phase and status message as last reported, and the findings that explain it, most fundamental first. */
public record Diagnosis(String system, String app, Phase phase, String message, Instant checkedAt, List<Finding> findings) {
    public Diagnosis {
        findings = List.copyOf(findings);
    }
}
