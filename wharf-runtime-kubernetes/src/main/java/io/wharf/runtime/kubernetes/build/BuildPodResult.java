package io.wharf.runtime.kubernetes.build;

import java.util.Objects;

/** How a build pod ended: its outcome, the pushed image's digest (only when it succeeded) and why. */
public record BuildPodResult(Outcome outcome, String digest, String message) {
    public enum Outcome { SUCCEEDED, FAILED, CANCELLED }

    public BuildPodResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        if ((outcome == Outcome.SUCCEEDED) != (digest != null)) {
            throw new IllegalArgumentException("a digest comes with success, and only with it");
        }
    }

    static BuildPodResult succeeded(String digest) {
        return new BuildPodResult(Outcome.SUCCEEDED, digest, "pushed " + digest);
    }

    static BuildPodResult failed(String message) {
        return new BuildPodResult(Outcome.FAILED, null, message);
    }

    static BuildPodResult cancelled(String message) {
        return new BuildPodResult(Outcome.CANCELLED, null, message);
    }
}
