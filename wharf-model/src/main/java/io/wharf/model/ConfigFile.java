package io.wharf.model;

import java.nio.charset.StandardCharsets;

/** A config file of an app: mounted read-only at {@code path} in every instance of the release. */
public record ConfigFile(String name, String path, String content) {
    public static final int MAX_BYTES = 1024 * 1024;

    void validate(Errors errors, String field) {
        Names.check(errors, field + ".name", name);
        MountPaths.check(errors, field + ".path", path);
        errors.check(content != null && content.indexOf('\0') < 0
                        && content.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES,
                field + ".content", "is required: text without NUL characters, at most 1 MiB");
    }
}
