package io.wharf.dns;

import java.util.Arrays;

/** The lower-cased question name, type, class and whether EDNS was used, as bytes; equal keys, equal answers. */
final class CacheKey {

    private final byte[] bytes;
    private final int hash;

    CacheKey(byte[] bytes) {
        this.bytes = bytes;
        this.hash = Arrays.hashCode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey key && key.hash == hash && Arrays.equals(key.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
