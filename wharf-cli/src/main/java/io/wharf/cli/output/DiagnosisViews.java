package io.wharf.cli.output;

import static io.wharf.cli.output.Cells.text;

import com.fasterxml.jackson.databind.JsonNode;

/** A diagnosis for people: the app's phase, then each finding's reason and message, its evidence and what to do. */
public final class DiagnosisViews {
    private static final String INDENT = "    ";

    private DiagnosisViews() {
    }

    public static String diagnosis(String app, JsonNode diagnosis) {
        StringBuilder text = new StringBuilder(app).append(" is ").append(text(diagnosis.path("phase")))
                .append(": ").append(text(diagnosis.path("message"))).append('\n');
        JsonNode findings = diagnosis.path("findings");
        if (findings.isEmpty()) {
            return text.append("nothing to explain\n").toString();
        }
        for (JsonNode finding : findings) {
            text.append('\n').append(text(finding.path("reason"))).append(": ").append(text(finding.path("message")))
                    .append('\n');
            finding.path("evidence").forEach(e -> text.append(INDENT).append(e.asText()).append('\n'));
            text.append("  what to do: ").append(text(finding.path("action"))).append('\n');
        }
        return text.toString();
    }
}
