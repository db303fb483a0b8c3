package io.wharf.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Linux capabilities an app may ask for on top of none: instances run with every capability
 * dropped, and an app lists the few it needs (for example {@code NET_BIND_SERVICE} to listen on
 * port 80). Names are written without {@code CAP_}. Capabilities that open the host or the network
 * to a container ({@code SYS_ADMIN}, {@code NET_RAW}, {@code NET_ADMIN}, {@code SYS_PTRACE}, {@code SYS_MODULE},
 * ...) are not offered: the set stays within Kubernetes' baseline pod security standard.
 */
public final class Capabilities {
    public static final int MAX = 16;
    public static final Set<String> ALLOWED = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID",
            "KILL", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");

    private Capabilities() {
    }

    static void validate(Errors errors, String field, List<String> capabilities) {
        errors.check(capabilities.size() <= MAX, field, "must have at most " + MAX + " capabilities");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < capabilities.size(); i++) {
            String name = capabilities.get(i);
            if (name == null || !ALLOWED.contains(name)) {
                errors.add(field + "[" + i + "]", "'" + Names.abbreviate(String.valueOf(name))
                        + "' is not a capability an app may add: use one of " + new TreeSet<>(ALLOWED)
                        + ", without CAP_");
            } else {
                errors.check(seen.add(name), field + "[" + i + "]", "is listed twice: " + name);
            }
        }
    }
}
