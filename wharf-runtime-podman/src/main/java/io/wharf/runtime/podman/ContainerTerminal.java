package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import io.wharf.engine.EngineException;
import io.wharf.engine.Threads;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.TerminalSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command run in a container through the Docker API with its input attached: exec create (with a
 * TTY when asked), exec start on a connection of its own that carries the input one way and the
 * output the other (see {@link ExecStream}), exec resize for the terminal's size, and exec inspect
 * for the exit code once the output ends. Closing it closes the connection and, when the command
 * still runs, kills it (see {@link ExecKill}).
 */
final class ContainerTerminal implements TerminalSession {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerTerminal.class);
    private static final Executor READERS = Executors.newCachedThreadPool(Threads.named("terminal-output"));
    private static final int EXIT_CODE_POLLS = 50;
    private static final int RESIZE_ATTEMPTS = 10;
    private static final long RESIZE_PAUSE_MILLIS = 30;
    private final DockerClient docker;
    private final String execId;
    private final String instanceId;
    private final ExecStream stream;
    private final boolean input;
    private final TerminalListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();

    private ContainerTerminal(DockerClient docker, String execId, String instanceId, ExecStream stream, boolean input,
                              TerminalListener listener) {
        this.docker = docker;
        this.execId = execId;
        this.instanceId = instanceId;
        this.stream = stream;
        this.input = input;
        this.listener = listener;
    }

    /**
     * @param socket the Docker API socket, for the attached stream
     * @return empty when there is no such container
     */
    static Optional<TerminalSession> open(DockerClient docker, Path socket, String containerId, String instanceId,
                                          TerminalRequest request, TerminalListener listener) {
        String execId;
        try {
            execId = docker.execCreateCmd(containerId).withAttachStdin(request.stdin()).withAttachStdout(true)
                    .withAttachStderr(true).withTty(request.tty()).withCmd(request.command().toArray(String[]::new))
                    .exec().getId();
        } catch (NotFoundException gone) {
            return Optional.empty();
        } catch (RuntimeException e) {
            if (DockerErrors.isNoSuchContainer(e)) {
                return Optional.empty();
            }
            throw failed(instanceId, DockerErrors.message(e), e);
        }
        ExecStream stream;
        try {
            stream = ExecStream.start(socket, execId, request.tty());
        } catch (IOException e) {
            throw failed(instanceId, e.getMessage(), e);
        }
        ContainerTerminal session = new ContainerTerminal(docker, execId, instanceId, stream, request.stdin(), listener);
        if (request.tty() && request.size() != null) {
            session.resize(request.size());
        }
        READERS.execute(() -> session.copyOutput(request.tty()));
        return Optional.of(session);
    }

    private static EngineException failed(String instanceId, String why, Exception cause) {
        return new EngineException("could not open a terminal in instance " + instanceId + ": " + why, cause);
    }

    /** Hands the output on as it comes, then how the command ended. */
    private void copyOutput(boolean tty) {
        try {
            InputStream output = stream.output();
            if (tty) {
                byte[] buffer = new byte[8192];
                for (int read = output.read(buffer); read >= 0; read = output.read(buffer)) {
                    tell(Arrays.copyOf(buffer, read), false);
                }
            } else {
                StreamFrames.read(output, (kind, payload) -> tell(payload, kind == StreamFrames.STDERR));
            }
        } catch (IOException e) {
            if (ended.compareAndSet(false, true)) {
                listener.failed("the connection to the command in instance " + instanceId + " broke: " + e.getMessage());
            }
            return;
        }
        Optional<Integer> code = exitCode();
        if (ended.compareAndSet(false, true)) {
            code.ifPresentOrElse(listener::exited, () -> listener.failed("the command in instance " + instanceId
                    + " ended its output but Podman gave no exit code"));
        }
    }

    private void tell(byte[] bytes, boolean error) {
        if (ended.get() || bytes.length == 0) {
            return;
        }
        if (error) {
            listener.error(bytes);
        } else {
            listener.output(bytes);
        }
    }

    @Override
    public void write(byte[] bytes) {
        if (!input) {
            throw new EngineException("the command in instance " + instanceId + " was started without input");
        }
        try {
            stream.write(bytes);
        } catch (IOException e) {
            throw new EngineException("could not send input to the command in instance " + instanceId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void closeInput() {
        try {
            stream.endInput();
        } catch (IOException e) {
            LOG.debug("ending the input of the command in instance {} failed", instanceId, e);
        }
    }

    /** Podman may refuse a resize while the exec it just started is not yet running: a few tries. */
    @Override
    public void resize(TerminalSize size) {
        for (int attempt = 1; ; attempt++) {
            try {
                docker.resizeExecCmd(execId).withSize(size.height(), size.width()).exec();
                return;
            } catch (RuntimeException e) {
                if (attempt == RESIZE_ATTEMPTS || ended.get()) {
                    LOG.debug("resizing the terminal in instance {} failed: {}", instanceId, DockerErrors.message(e));
                    return;
                }
            }
            try {
                Thread.sleep(RESIZE_PAUSE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        boolean running = ended.compareAndSet(false, true);
        try {
            stream.close();
        } catch (IOException e) {
            LOG.debug("closing the terminal stream of instance {} failed", instanceId, e);
        }
        if (running) {
            ExecKill.ifRunning(docker, execId, instanceId);
        }
    }

    /** The exit code, which Podman records a moment after the output ends. */
    private Optional<Integer> exitCode() {
        try {
            for (int poll = 0; poll < EXIT_CODE_POLLS; poll++) {
                InspectExecResponse exec = docker.inspectExecCmd(execId).exec();
                if (!Boolean.TRUE.equals(exec.isRunning()) && exec.getExitCodeLong() != null) {
                    return Optional.of(exec.getExitCodeLong().intValue());
                }
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("inspecting exec {} of instance {} failed: {}", execId, instanceId, DockerErrors.message(e));
        }
        return Optional.empty();
    }
}
