package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.LogQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads a container's standard output and error, as kept by Podman, without following them. */
final class ContainerLogs {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private ContainerLogs() {
    }

    /** The container's lines that match the query, oldest first; empty when there is no such container. */
    static Optional<List<String>> read(DockerClient docker, String containerId, LogQuery query, Instant now) {
        LogContainerCmd command = docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true)
                .withFollowStream(false).withTimestamps(false).withTail(query.tailLines());
        if (query.sinceSeconds() != null) {
            command.withSince((int) now.minusSeconds(query.sinceSeconds()).getEpochSecond());
        }
        LogLines lines = new LogLines();
        try (ResultCallback.Adapter<Frame> callback = command.exec(new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                lines.add(frame);
            }
        })) {
            if (!callback.awaitCompletion(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new EngineException("reading the logs of container " + PodmanRuntime.shortId(containerId)
                        + " took longer than " + TIMEOUT.toSeconds() + "s");
            }
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while reading the logs of container "
                    + PodmanRuntime.shortId(containerId), e);
        } catch (EngineException e) {
            throw e;
        } catch (Exception e) {
            if (DockerErrors.isNoSuchContainer(e)) {
                return Optional.empty();
            }
            throw new EngineException("could not read the logs of container " + PodmanRuntime.shortId(containerId)
                    + ": " + DockerErrors.message(e), e);
        }
        return Optional.of(lines.finish(query.tailLines()));
    }
}
