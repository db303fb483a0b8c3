package io.wharf.server.auth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings of one path that a lenient server might route to the same handler: at every segment
 * a {@code ;x} parameter, a percent-encoded first letter, {@code %2e} and {@code %2e%2e} segments, an
 * encoded slash, {@code //}, {@code /./}, {@code /x/../}, upper case, and a trailing slash.
 */
final class PathVariants {
    private PathVariants() {
    }

    static Set<String> of(String path) {
        List<String> segments = List.of(path.substring(1).split("/"));
        Set<String> variants = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            variants.add(replace(segments, i, s + ";x"));
            variants.add(replace(segments, i, String.format("%%%02x", (int) s.charAt(0)) + s.substring(1)));
            variants.add(replace(segments, i, s.toUpperCase(Locale.ROOT)));
            variants.add(replace(segments, i, "%2e/" + s));
            variants.add(replace(segments, i, "x/%2e%2e/" + s));
            variants.add(replace(segments, i, "/" + s));
            variants.add(replace(segments, i, "./" + s));
            variants.add(replace(segments, i, "x/../" + s));
            if (i > 0) {
                List<String> joined = new ArrayList<>(segments.subList(0, i - 1));
                joined.add(segments.get(i - 1) + "%2f" + s);
                joined.addAll(segments.subList(i + 1, segments.size()));
                variants.add("/" + String.join("/", joined));
            }
        }
        variants.add(path + "/");
        variants.add(path.toUpperCase(Locale.ROOT));
        return variants;
    }

    private static String replace(List<String> segments, int index, String with) {
        List<String> copy = new ArrayList<>(segments);
        copy.set(index, with);
        return "/" + String.join("/", copy);
    }
}
