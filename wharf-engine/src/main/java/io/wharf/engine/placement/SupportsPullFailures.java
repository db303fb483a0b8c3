package io.wharf.engine.placement;

import java.util.Optional;

/**
 * A cluster runtime that tells when an instance cannot start because its image cannot be pulled
 * (on Kubernetes: the kubelet's ErrImagePull, ImagePullBackOff or InvalidImageName), so that the
 * app fails at once with the reason instead of at its deadline. It also sends an event for the
 * instance when that happens.
 */
public interface SupportsPullFailures {
    /** The reason the instance's image cannot be pulled, as the cluster reports it; empty while none. */
    Optional<String> pullFailure(String instanceId);
}
