package io.wharf.model;

/** Absolute, normalised file paths where Wharf mounts config files and secrets. */
final class MountPaths {
    private static final int MAX_LENGTH = 1024;

    private MountPaths() {
    }

    static boolean isMountPath(String path) {
        if (path == null || !path.startsWith("/") || path.endsWith("/") || path.length() > MAX_LENGTH) {
            return false;
        }
        for (String part : path.substring(1).split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")
                    || !part.chars().allMatch(c -> c > 32 && c < 127 && c != '\\' && c != ':' && c != ',')) {
                return false;
            }
        }
        return !path.equals("/proc") && !path.startsWith("/proc/") && !path.startsWith("/sys/") && !path.startsWith("/dev/");
    }

    static void check(Errors errors, String field, String path) {
        errors.check(isMountPath(path), field, "must be an absolute file path such as \"/etc/app/app.conf\""
                + " (no '..', no trailing '/', not under /proc, /sys or /dev)");
    }
}
