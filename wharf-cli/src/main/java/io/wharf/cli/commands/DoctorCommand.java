package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.cli.output.DiagnosisViews;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** wharf doctor SYSTEM/APP: why the app is not ready, as the server's diagnosis says. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Says why an app is not ready: its phase, then each finding with its reason code (such as"
                + " ImageMissing, CrashLoop, OOMKilled, HealthCheckFailing, PortNotListening, QuotaExhausted,"
                + " NoCapacity), the facts it rests on and what to do.",
                "Exits 0 when there is nothing to explain, 1 when there are findings (or the server refused).",
                "With -o json: the server's answer."})
public final class DoctorCommand implements Callable<Integer> {
    static final int FINDINGS = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SYSTEM/APP", converter = AppRef.Converter.class)
    AppRef ref;

    @Override
    public Integer call() {
        Session session = SessionSource.of(spec);
        JsonNode diagnosis = session.api().get(ref.path() + "/diagnosis");
        session.printer().view(diagnosis, () -> DiagnosisViews.diagnosis(ref.toString(), diagnosis));
        return diagnosis.path("findings").isEmpty() ? 0 : FINDINGS;
    }
}
