package io.wharf.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** --wait and --timeout of the commands that change how many instances run. */
public final class WaitOptions {
    @Option(names = "--wait", description = "Wait until the app is Available (all wanted instances ready) or, for a"
            + " batch app, Succeeded.")
    boolean wait;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s", converter = DurationConverter.class,
            description = "How long --wait waits, such as 90s or 5m (default: ${DEFAULT-VALUE});"
                    + " exit code 1 when it runs out.")
    Duration timeout;

    /** Says what was done and, with --wait, waits and says how the app is then. */
    void finish(Session session, AppRef ref, JsonNode app, String message) {
        if (!wait) {
            session.printer().done(app, message);
            return;
        }
        session.printer().done(message);
        JsonNode available = new AppWaiter(session.api()).awaitAvailable(ref, timeout);
        session.printer().done(available,
                "app " + ref + " is " + available.path("status").path("phase").asText() + ": "
                        + available.path("status").path("message").asText());
    }

    /** Reads 90, 90s, 500ms, 5m or 1h. */
    public static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Matcher m = FORMAT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("expected a duration such as 90s, 5m or 1h, but was '" + value + "'");
            }
            long amount = Long.parseLong(m.group(1));
            return switch (m.group(2) == null ? "s" : m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofSeconds(amount);
            };
        }
    }
}
