package io.wharf.server.audit;

import io.wharf.model.Errors;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first, filtered and paged (admin only). */
@RestController
@RequestMapping("/api/v1/audit")
public class AuditController {
    private final AuditRows rows;
    private final Clock clock;

    public AuditController(AuditRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** A page of entries; {@code next} is the {@code before} of the next page, null after the last. */
    public record Page(List<AuditEntry> entries, Long next) {
    }

    @GetMapping
    Page read(@RequestParam(required = false) String actor, @RequestParam(required = false) String system,
              @RequestParam(required = false) String operation, @RequestParam(required = false) String since,
              @RequestParam(required = false) Long before, @RequestParam(required = false) Integer limit) {
        Errors errors = new Errors();
        int max = limit == null ? 100 : limit;
        errors.check(max >= 1 && max <= 1000, "limit", "must be between 1 and 1000, was " + max);
        Instant from = since == null ? null : since(since, errors);
        errors.throwIfAny();
        List<AuditEntry> entries = rows.find(new AuditRows.Query(actor, system, operation, from, before, max));
        Long next = entries.size() == max ? entries.get(entries.size() - 1).id() : null;
        return new Page(entries, next);
    }

    private Instant since(String value, Errors errors) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                String v = value.toUpperCase(Locale.ROOT);
                return clock.instant().minus(v.endsWith("D") ? Duration.parse("P" + v) : Duration.parse("PT" + v));
            } catch (DateTimeParseException notADuration) {
                errors.add("since", "must be an instant such as 2026-12-01T00:00:00Z or a duration such as 30m or 2h,"
                        + " was '" + value + "'");
                return null;
            }
        }
    }
}
