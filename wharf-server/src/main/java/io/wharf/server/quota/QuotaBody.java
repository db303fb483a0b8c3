package io.wharf.server.quota;

import io.wharf.model.Errors;
import io.wharf.model.Quantities;
import java.util.OptionalLong;

/** A quota as it travels in JSON: {"instances": 10, "cpu": "4", "memory": "8Gi", "gpu": 2}; absent is unlimited. */
public record QuotaBody(Long instances, String cpu, String memory, Long gpu) {
    static final long MAX_COUNT = 1_000_000_000L;

    QuotaLimit toLimit(Errors errors) {
        errors.check(instances == null || instances >= 0 && instances <= MAX_COUNT, "instances",
                "must be a number of instances between 0 and " + MAX_COUNT + ", or absent for no limit");
        errors.check(gpu == null || gpu >= 0 && gpu <= MAX_COUNT, "gpu",
                "must be a number of GPUs between 0 and " + MAX_COUNT + ", or absent for no limit");
        Long cpuMillis = parsed(errors, "cpu", cpu, Quantities.cpuMillis(cpu),
                "is not a CPU quantity: write for example \"4\" or \"500m\", or leave it out for no limit");
        Long memoryBytes = parsed(errors, "memory", memory, Quantities.memoryBytes(memory),
                "is not a memory quantity: write for example \"8Gi\" or \"512Mi\", or leave it out for no limit");
        return errors.isEmpty() ? new QuotaLimit(instances, cpuMillis, memoryBytes, gpu) : QuotaLimit.UNLIMITED;
    }

    private static Long parsed(Errors errors, String field, String text, OptionalLong value, String problem) {
        if (text == null) {
            return null;
        }
        errors.check(value.isPresent(), field, "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                + "' " + problem);
        return value.isPresent() ? value.getAsLong() : null;
    }
}
