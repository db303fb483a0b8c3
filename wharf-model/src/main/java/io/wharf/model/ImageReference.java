package io.wharf.model;

import java.util.Objects;

/**
 * An image reference taken apart as Docker and Podman read it: {@code registry} is the host (with
 * port) when the first path component has a '.' or ':' or is {@code localhost}, else the default
 * registry {@code docker.io}; {@code tag} and {@code digest} may be null. Images built on this machine
 * are named {@code localhost/...}: they live only in local storage.
 */
public record ImageReference(String registry, String repository, String tag, String digest) {
    public static final String DEFAULT_REGISTRY = "docker.io";
    public static final String LOCAL = "localhost";

    public ImageReference {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(repository, "repository");
        if (digest != null && !digest.matches("sha256:[a-f0-9]{64}")) {
            throw new IllegalArgumentException("not a sha256 digest: " + digest);
        }
    }

    /** Takes apart a reference that {@link AppTemplate#isImageReference} accepts. */
    public static ImageReference parse(String image) {
        if (!AppTemplate.isImageReference(image)) {
            throw new IllegalArgumentException("not an image reference: " + Names.abbreviate(image));
        }
        String rest = image;
        String digest = null;
        int at = rest.indexOf('@');
        if (at >= 0) {
            digest = rest.substring(at + 1);
            rest = rest.substring(0, at);
        }
        String tag = null;
        int colon = rest.lastIndexOf(':');
        if (colon > rest.lastIndexOf('/')) {
            tag = rest.substring(colon + 1);
            rest = rest.substring(0, colon);
        }
        int slash = rest.indexOf('/');
        String first = slash < 0 ? "" : rest.substring(0, slash);
        if (slash > 0 && (first.contains(".") || first.contains(":") || first.equals(LOCAL))) {
            return new ImageReference(first, rest.substring(slash + 1), tag, digest);
        }
        String repository = slash < 0 ? "library/" + rest : rest;
        return new ImageReference(DEFAULT_REGISTRY, repository, tag, digest);
    }

    /** Whether the image can only come from local storage ({@code localhost/...}): no registry serves it. */
    public boolean localOnly() {
        return registry.equals(LOCAL);
    }

    /** The host without a port, for loopback checks. */
    public String host() {
        int colon = registry.indexOf(':');
        return colon < 0 ? registry : registry.substring(0, colon);
    }

    /** What a registry's manifest endpoint is asked for: the digest if pinned, else the tag ({@code latest} if none). */
    public String manifestReference() {
        return digest != null ? digest : tag != null ? tag : "latest";
    }

    /** The same repository, pinned to {@code newDigest}: {@code registry/repository@sha256:...}. */
    public ImageReference pinned(String newDigest) {
        return new ImageReference(registry, repository, null, newDigest);
    }

    /** The reference written out; the default registry's own images keep their full name. */
    @Override
    public String toString() {
        return registry + "/" + repository + (tag == null ? "" : ":" + tag) + (digest == null ? "" : "@" + digest);
    }
}
