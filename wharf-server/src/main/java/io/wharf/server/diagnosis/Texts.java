package io.wharf.server.diagnosis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** How findings write times, spans, amounts and an instance's last lines. */
final class Texts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int LINE_CHARS = 160;

    private Texts() {
    }

    /** A time of day in UTC, such as 12:01:05Z. */
    static String at(Instant time) {
        return CLOCK.format(time);
    }

    /** A span in whole seconds, minutes or hours: 40 s, 5 min, 3 h. */
    static String span(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 120 ? minutes + " min" : minutes / 60 + " h";
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The last {@code n} lines that are not blank, joined by " | ", each cut to a readable length. */
    static String lastLines(List<String> lines, int n) {
        List<String> kept = lines.stream().filter(l -> !l.isBlank()).toList();
        List<String> last = kept.subList(Math.max(0, kept.size() - n), kept.size());
        if (last.isEmpty()) {
            return "(it wrote nothing)";
        }
        return String.join(" | ", last.stream().map(l -> l.length() > LINE_CHARS ? l.substring(0, LINE_CHARS) + "…" : l)
                .toList());
    }

    /** CPU as a user writes it: 4, 1.5 or 250m. */
    static String cpu(long millis) {
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        return millis % 100 == 0 ? millis / 1000 + "." + millis % 1000 / 100 : millis + "m";
    }

    /** Memory in the largest binary unit that leaves a whole number: 64Mi, 8Gi, or bytes. */
    static String memory(long bytes) {
        String[] units = {"Ti", "Gi", "Mi", "Ki"};
        for (int i = 0; i < units.length; i++) {
            long size = 1L << (10 * (units.length - i));
            if (bytes != 0 && bytes % size == 0) {
                return bytes / size + units[i];
            }
        }
        return Long.toString(bytes);
    }
}
