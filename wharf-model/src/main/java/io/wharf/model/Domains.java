package io.wharf.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Custom domains of an app: fully qualified lower-case host names such as {@code shop.example.com}. */
public final class Domains {
    public static final int MAX_PER_APP = 20;
    private static final int MAX_LENGTH = 253;

    private Domains() {
    }

    public static boolean isHostName(String domain) {
        if (domain == null || domain.isEmpty() || domain.length() > MAX_LENGTH || domain.endsWith(".")) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!Names.isDnsLabel(label)) {
                return false;
            }
        }
        return true;
    }

    /** Reports each bad or repeated domain on {@code domains[i]}. */
    public static void check(Errors errors, List<String> domains) {
        if (domains == null) {
            return;
        }
        errors.check(domains.size() <= MAX_PER_APP, "domains", "at most " + MAX_PER_APP + " domains per app");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            String d = domains.get(i);
            errors.check(isHostName(d), "domains[" + i + "]", "must be a lower-case host name with a dot,"
                    + " such as \"shop.example.com\"");
            errors.check(d == null || seen.add(d), "domains[" + i + "]", "is listed twice: " + d);
        }
    }
}
