package io.wharf.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeMap;

/**
 * A short, stable digest of a template. Two releases with the same fingerprint run the same thing,
 * so an instance started for one serves the other (a rollback to a set that still runs is instant).
 */
public final class TemplateFingerprint {
    private TemplateFingerprint() {
    }

    public static String of(AppTemplate t) {
        String canonical = String.join("\u0000", t.image(), String.valueOf(t.port()), t.type().name(),
                String.valueOf(t.command()), String.valueOf(new TreeMap<>(t.env())), resources(t.resources()),
                String.valueOf(t.healthCheck()), String.valueOf(t.configs()), String.valueOf(t.secrets()))
                + (t.capabilities().isEmpty() ? "" : "\u0000" + t.capabilities());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** As written before GPUs existed, so that instances started then keep their fingerprint. */
    private static String resources(Resources r) {
        String cpuAndMemory = "Resources[cpu=" + r.cpu() + ", memory=" + r.memory();
        return cpuAndMemory + (r.gpu() == null ? "]" : ", gpu=" + r.gpu() + "]");
    }
}
