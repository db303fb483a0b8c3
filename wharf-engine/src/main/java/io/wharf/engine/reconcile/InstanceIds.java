package io.wharf.engine.reconcile;

import java.security.SecureRandom;

/** Instance ids in the manner of pod names: the app's name and five random characters. */
public final class InstanceIds {
    private static final char[] ALPHABET = "bcdfghjklmnpqrstvwxz2456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private InstanceIds() {
    }

    public static String next(String app) {
        StringBuilder id = new StringBuilder(app.length() + 6).append(app).append('-');
        for (int i = 0; i < 5; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
