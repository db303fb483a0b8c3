package io.wharf.engine.reconcile;

import java.security.SecureRandom;

/**
 * Instance ids in the manner of pod names: the app's name and five random characters, at most 63
 * characters in all (the id is also the container's host name, a DNS label).
 */
public final class InstanceIds {
    private static final char[] ALPHABET = "bcdfghjklmnpqrstvwxz2456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstanceIds() {
    }

    private static final int MAX_PREFIX = 57;

    public static String next(String app) {
        String prefix = app.length() <= MAX_PREFIX ? app : app.substring(0, MAX_PREFIX).replaceAll("-+$", "");
        StringBuilder id = new StringBuilder(prefix.length() + 6).append(prefix).append('-');
        for (int i = 0; i < 5; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
