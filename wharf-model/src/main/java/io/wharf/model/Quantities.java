package io.wharf.model;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Kubernetes-style quantities: CPU as "500m" or "2", memory as "256Mi", "1G" or bytes. */
public final class Quantities {
    private static final Pattern CPU = Pattern.compile("(\\d+(?:\\.\\d{1,3})?)(m?)");
    private static final Pattern MEMORY = Pattern.compile("(\\d+)(Ki|Mi|Gi|Ti|k|K|M|G|T)?");
    private static final Map<String, Long> MEMORY_UNITS = Map.of(
            "Ki", 1L << 10, "Mi", 1L << 20, "Gi", 1L << 30, "Ti", 1L << 40,
            "k", 1_000L, "K", 1_000L, "M", 1_000_000L, "G", 1_000_000_000L, "T", 1_000_000_000_000L);

    private Quantities() {
    }

    /** CPU in thousandths of a core, or empty when the text is not a CPU quantity. */
    public static OptionalLong cpuMillis(String text) {
        Matcher m = text == null ? null : CPU.matcher(text);
        if (m == null || !m.matches() || m.group(1).length() > 15) {
            return OptionalLong.empty();
        }
        if (!m.group(2).isEmpty()) {
            return m.group(1).contains(".") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(m.group(1)));
        }
        return OptionalLong.of(Math.round(Double.parseDouble(m.group(1)) * 1000));
    }

    /** Memory in bytes, or empty when the text is not a memory quantity. */
    public static OptionalLong memoryBytes(String text) {
        Matcher m = text == null ? null : MEMORY.matcher(text);
        if (m == null || !m.matches() || m.group(1).length() > 15) {
            return OptionalLong.empty();
        }
        long unit = m.group(2) == null ? 1L : MEMORY_UNITS.get(m.group(2));
        try {
            return OptionalLong.of(Math.multiplyExact(Long.parseLong(m.group(1)), unit));
        } catch (ArithmeticException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
