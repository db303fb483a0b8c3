package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import io.wharf.engine.EngineException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a container politely (SIGTERM, then SIGKILL after the grace) and removes it with its
 * volumes. A container that already exited or is already gone is no error.
 */
final class ContainerRemover {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerRemover.class);
    private final DockerClient docker;

    ContainerRemover(DockerClient docker) {
        this.docker = docker;
    }

    void remove(String containerId, String instanceId, Duration grace) {
        stop(containerId, instanceId, stopSeconds(grace));
        try {
            docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            LOG.debug("instance {} was already removed", instanceId);
        } catch (RuntimeException e) {
            throw new EngineException("could not remove instance " + instanceId + " (container "
                    + PodmanRuntime.shortId(containerId) + "): " + DockerErrors.message(e), e);
        }
    }

    /** The grace in whole seconds, rounded up, at least 1: the API counts in seconds. */
    static int stopSeconds(Duration grace) {
        long millis = grace == null || grace.isNegative() ? 0 : grace.toMillis();
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (millis + 999) / 1000));
    }

    private void stop(String containerId, String instanceId, int seconds) {
        try {
            docker.stopContainerCmd(containerId).withTimeout(seconds).exec();
        } catch (NotModifiedException | NotFoundException alreadyStoppedOrGone) {
            LOG.debug("instance {} was already stopped or gone", instanceId);
        } catch (RuntimeException e) {
            LOG.warn("stopping instance {} failed ({}); removing it by force", instanceId, DockerErrors.message(e));
        }
    }
}
