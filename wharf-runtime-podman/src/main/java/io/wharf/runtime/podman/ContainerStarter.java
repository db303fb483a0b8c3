package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.InstanceSpec;
import io.wharf.engine.runtime.RuntimeInstance;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and starts one container, and reads it back for its published port. Leaves nothing
 * behind when it fails: a container that was created but could not be started is removed.
 * Pulls an image that local storage does not have first (see {@link ImagePuller}).
 */
final class ContainerStarter {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerStarter.class);
    private final DockerClient docker;
    private final InstanceFiles files;
    private final ImagePuller puller;

    /** @param files where instance files are written; null: this starter refuses specs with files */
    ContainerStarter(DockerClient docker, InstanceFiles files, ImagePuller puller) {
        this.docker = docker;
        this.files = files;
        this.puller = java.util.Objects.requireNonNull(puller, "puller");
    }

    record Started(String containerId, RuntimeInstance instance) {
    }

    Started start(InstanceSpec spec, ContainerPlan plan) {
        puller.ensurePresent(spec);
        writeFiles(spec, plan);
        String containerId = createOrExplain(spec, plan);
        try {
            docker.startContainerCmd(containerId).exec();
            RuntimeInstance instance = ContainerViews.fromInspect(docker.inspectContainerCmd(containerId).exec())
                    .orElseThrow(() -> new IllegalStateException("the container has lost its labels"));
            return new Started(containerId, instance);
        } catch (RuntimeException e) {
            removeQuietly(containerId, spec, e);
            deleteFiles(plan);
            throw new EngineException(what(spec) + ": the container did not start: " + DockerErrors.message(e), e);
        }
    }

    private String create(InstanceSpec spec, ContainerPlan plan) {
        try {
            return plan.applyTo(docker.createContainerCmd(plan.image())).exec().getId();
        } catch (ConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            deleteFiles(plan);
            throw e;
        }
    }

    private String createOrExplain(InstanceSpec spec, ContainerPlan plan) {
        try {
            return create(spec, plan);
        } catch (NotFoundException e) {
            String message = DockerErrors.message(e);
            if (message.toLowerCase(Locale.ROOT).contains("image")) {
                throw new EngineException(what(spec) + ": image " + spec.image() + " is not present locally"
                        + " (Wharf does not pull images; build or load it first)", e);
            }
            throw new EngineException(what(spec) + ": could not create the container: " + message, e);
        } catch (ConflictException e) {
            // the files are that container's too (same name, same directory): they stay
            throw new EngineException(what(spec) + ": a container named " + plan.name() + " already exists", e);
        } catch (RuntimeException e) {
            throw new EngineException(what(spec) + ": could not create the container: " + DockerErrors.message(e), e);
        }
    }

    private void writeFiles(InstanceSpec spec, ContainerPlan plan) {
        if (plan.files().isEmpty()) {
            return;
        }
        if (files == null) {
            throw new EngineException(what(spec) + ": this runtime has no home directory for instance files");
        }
        files.write(plan.filesDirectory(), plan.files());
    }

    private void deleteFiles(ContainerPlan plan) {
        if (files != null && plan.filesDirectory() != null) {
            files.deleteQuietly(plan.filesDirectory());
        }
    }

    private void removeQuietly(String containerId, InstanceSpec spec, RuntimeException cause) {
        try {
            docker.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            LOG.debug("the container of instance {} is already gone", spec.id());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.warn("could not remove container {} of instance {} after its failed start",
                    PodmanRuntime.shortId(containerId), spec.id(), e);
        }
    }

    private static String what(InstanceSpec spec) {
        return "cannot start instance " + spec.id() + " of " + spec.app() + " (image " + spec.image() + ")";
    }
}
