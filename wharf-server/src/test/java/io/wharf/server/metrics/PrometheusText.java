package io.wharf.server.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A strict parser of the Prometheus text format 0.0.4: every line is a HELP, a TYPE or a sample of the
 * family last typed; names, labels, escapes and values must be well formed, no series may repeat, and a
 * histogram's buckets must be cumulative up to {@code le="+Inf"}, which must equal its {@code _count}.
 * Fails with IllegalArgumentException naming the line.
 */
final class PrometheusText {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)( -?[0-9]+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\\\n]|\\\\[\\\\\"n])*)\"(,|$)");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    record Sample(String family, String name, Map<String, String> labels, double value) {
    }

    private PrometheusText() {
    }

    static List<Sample> parse(String text) {
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition does not end with a line feed");
        }
        List<Sample> samples = new ArrayList<>();
        if (text.isEmpty()) {
            return samples;
        }
        Map<String, String> types = new HashMap<>();
        Set<String> seen = new HashSet<>();
        String family = null;
        int number = 0;
        for (String line : text.split("\n")) {
            number++;
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ", 4);
                if (parts.length < 4 || !NAME.matcher(parts[2]).matches()) {
                    throw bad(number, line, "a HELP or TYPE line needs a valid name and text");
                }
                if (line.startsWith("# TYPE ")) {
                    if (!TYPES.contains(parts[3]) || types.put(parts[2], parts[3]) != null) {
                        throw bad(number, line, "unknown or repeated TYPE");
                    }
                    family = parts[2];
                }
                continue;
            }
            if (line.startsWith("#") || line.isEmpty()) {
                throw bad(number, line, "only HELP and TYPE comments, and no blank lines, are expected here");
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw bad(number, line, "not a sample");
            }
            String name = sample.group(1);
            if (family == null || !belongs(name, family, types.get(family))) {
                throw bad(number, line, "sample of no declared family (last TYPE: " + family + ")");
            }
            Map<String, String> labels = labels(sample.group(3), number, line);
            if (!seen.add(name + labels)) {
                throw bad(number, line, "series repeated");
            }
            samples.add(new Sample(family, name, labels, value(sample.group(4), number, line)));
        }
        checkHistograms(samples, types);
        return samples;
    }

    private static boolean belongs(String name, String family, String type) {
        return switch (type) {
            case "histogram" -> name.equals(family + "_bucket") || name.equals(family + "_sum") || name.equals(family + "_count");
            case "summary" -> name.equals(family) || name.equals(family + "_sum") || name.equals(family + "_count");
            default -> name.equals(family);
        };
    }

    private static Map<String, String> labels(String text, int number, String line) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return labels;
        }
        Matcher label = LABEL.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!label.find(at) || label.start() != at) {
                throw bad(number, line, "malformed labels");
            }
            if (labels.put(label.group(1), label.group(2)) != null) {
                throw bad(number, line, "label repeated");
            }
            at = label.end();
        }
        return labels;
    }

    private static double value(String text, int number, String line) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw bad(number, line, "value is no number");
                }
            }
        };
    }

    private static void checkHistograms(List<Sample> samples, Map<String, String> types) {
        Map<String, Double> lastBucket = new HashMap<>();
        Map<String, Double> infBucket = new HashMap<>();
        for (Sample s : samples) {
            if (!"histogram".equals(types.get(s.family()))) {
                continue;
            }
            Map<String, String> series = new LinkedHashMap<>(s.labels());
            String le = series.remove("le");
            String key = s.family() + series;
            if (s.name().endsWith("_bucket")) {
                if (le == null) {
                    throw new IllegalArgumentException("bucket without le: " + s);
                }
                Double previous = lastBucket.put(key, s.value());
                if (previous != null && previous > s.value()) {
                    throw new IllegalArgumentException("buckets are not cumulative: " + s);
                }
                if (le.equals("+Inf")) {
                    infBucket.put(key, s.value());
                }
            } else if (s.name().endsWith("_count") && !Double.valueOf(s.value()).equals(infBucket.get(key))) {
                throw new IllegalArgumentException("_count differs from the +Inf bucket: " + s);
            }
        }
    }

    private static IllegalArgumentException bad(int number, String line, String why) {
        return new IllegalArgumentException("line " + number + ": " + why + ": " + line);
    }
}
