package io.wharf.model;

import java.util.regex.Pattern;

/** Names of systems, apps and other objects are DNS labels, so that they can become host names. */
public final class Names {
    public static final int MAX_LENGTH = 63;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private Names() {
    }

    public static boolean isDnsLabel(String name) {
        return name != null && name.length() <= MAX_LENGTH && DNS_LABEL.matcher(name).matches();
    }

    /** Checks a name and records a message that says what a valid one looks like. */
    public static void check(Errors errors, String field, String name) {
        if (name == null || name.isEmpty()) {
            errors.add(field, "is required");
        } else if (!isDnsLabel(name)) {
            errors.add(field, "'" + abbreviate(name) + "' is not a valid name: use at most " + MAX_LENGTH
                    + " lower-case letters, digits and '-', starting and ending with a letter or digit");
        }
    }

    public static String requireValid(String field, String name) {
        Errors errors = new Errors();
        check(errors, field, name);
        errors.throwIfAny();
        return name;
    }

    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
