package io.wharf.engine.runtime;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file a runtime puts read-only into an instance: a config file (readable by all) or a secret
 * (readable by its owner only). The content of a secret never shows in {@link #toString()}.
 */
public record InstanceFile(String path, byte[] content, boolean secret) {
    public InstanceFile {
        Objects.requireNonNull(path, "path");
        content = Objects.requireNonNull(content, "content").clone();
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("an instance file path must be absolute: " + path);
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** Unix permission bits: 0444 for config files, 0400 for secrets. */
    public int mode() {
        return secret ? 0400 : 0444;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstanceFile f && f.path.equals(path) && f.secret == secret
                && Arrays.equals(f.content, content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, secret, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "InstanceFile[" + path + ", " + content.length + " bytes" + (secret ? ", secret" : "") + "]";
    }
}
