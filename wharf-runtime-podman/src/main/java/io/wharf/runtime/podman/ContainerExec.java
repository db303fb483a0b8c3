package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.CappedOutput;
import io.wharf.engine.runtime.ExecCommand;
import io.wharf.engine.runtime.ExecResult;
import io.wharf.engine.runtime.ExecTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one command in a container through the Docker API (exec create, start attached, inspect for
 * the exit code), with no terminal and no input. The argument vector goes to the container as it is.
 * After a timeout Wharf stops waiting and detaches; the Docker API cannot stop an exec process, so
 * the command may run on in the container until it ends by itself.
 */
final class ContainerExec {
    private static final int EXIT_CODE_POLLS = 50;

    private ContainerExec() {
    }

    /** How the command ended; empty when there is no such container. */
    static Optional<ExecResult> run(DockerClient docker, String containerId, String instanceId, List<String> command,
                                    Duration timeout) {
        List<String> argv = ExecCommand.check(command);
        String execId;
        try {
            execId = docker.execCreateCmd(containerId).withAttachStdin(false).withAttachStdout(true)
                    .withAttachStderr(true).withTty(false).withCmd(argv.toArray(String[]::new)).exec().getId();
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (DockerErrors.isNoSuchContainer(e)) {
                return Optional.empty();
            }
            throw failed(instanceId, e);
        }
        CappedOutput stdout = new CappedOutput();
        CappedOutput stderr = new CappedOutput();
        try (ResultCallback.Adapter<Frame> callback = docker.execStartCmd(execId).withDetach(false).withTty(false)
                .exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        CappedOutput to = frame.getStreamType() == StreamType.STDERR ? stderr : stdout;
                        to.write(frame.getPayload(), 0, frame.getPayload().length);
                    }
                })) {
            if (!callback.awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ExecTimeoutException(instanceId, timeout);
            }
        } catch (EngineException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while running a command in instance " + instanceId, e);
        } catch (Exception e) {
            throw failed(instanceId, e);
        }
        return Optional.of(ExecResult.of(exitCode(docker, execId, instanceId), stdout, stderr));
    }

    /** The exit code, which Podman records a moment after the output ends. */
    private static int exitCode(DockerClient docker, String execId, String instanceId) {
        try {
            for (int poll = 0; poll < EXIT_CODE_POLLS; poll++) {
                InspectExecResponse exec = docker.inspectExecCmd(execId).exec();
                if (!Boolean.TRUE.equals(exec.isRunning()) && exec.getExitCodeLong() != null) {
                    return exec.getExitCodeLong().intValue();
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            throw failed(instanceId, e);
        }
        throw new EngineException("the command in instance " + instanceId + " ended its output but not its process");
    }

    private static EngineException failed(String instanceId, Exception e) {
        return new EngineException("could not run a command in instance " + instanceId + ": " + DockerErrors.message(e), e);
    }
}
