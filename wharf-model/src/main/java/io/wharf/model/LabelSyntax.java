package io.wharf.model;

import java.util.Map;
import java.util.regex.Pattern;

/** Kubernetes label syntax: keys are an optional DNS-subdomain prefix and a name; values are names or empty. */
public final class LabelSyntax {
    public static final int MAX_LABELS = 64;
    private static final Pattern NAME = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

    private LabelSyntax() {
    }

    public static void check(Errors errors, String field, Map<String, String> labels) {
        if (labels == null) {
            return;
        }
        errors.check(labels.size() <= MAX_LABELS, field, "has " + labels.size() + " labels: at most " + MAX_LABELS);
        labels.forEach((key, value) -> {
            String at = field + "." + key;
            errors.check(isKey(key), at, "is not a valid label key: an optional DNS subdomain prefix (at most 253"
                    + " characters) and '/', then at most 63 letters, digits, '-', '_' and '.', starting and ending"
                    + " with a letter or digit");
            errors.check(isValue(value), at, "has an invalid value: at most 63 letters, digits, '-', '_' and '.',"
                    + " starting and ending with a letter or digit, or empty");
        });
    }

    public static boolean isKey(String key) {
        if (key == null) {
            return false;
        }
        int slash = key.indexOf('/');
        if (slash < 0) {
            return isName(key);
        }
        String prefix = key.substring(0, slash);
        return prefix.length() <= 253 && SUBDOMAIN.matcher(prefix).matches() && isName(key.substring(slash + 1));
    }

    public static boolean isValue(String value) {
        return value != null && (value.isEmpty() || isName(value));
    }

    private static boolean isName(String name) {
        return name.length() <= 63 && NAME.matcher(name).matches();
    }
}
