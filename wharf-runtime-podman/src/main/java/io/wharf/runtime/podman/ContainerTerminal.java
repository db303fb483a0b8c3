package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecStartCmd;
import com.github.dockerjava.api.command.InspectExecResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.wharf.engine.EngineException;
import io.wharf.engine.runtime.TerminalListener;
import io.wharf.engine.runtime.TerminalRequest;
import io.wharf.engine.runtime.TerminalSession;
import io.wharf.engine.runtime.TerminalSize;
import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command run in a container through the Docker API with its input attached: exec create (with a
 * TTY when asked), exec start on a hijacked connection that carries the input one way and the output
 * the other, exec resize for the terminal's size, and exec inspect for the exit code once the output
 * ends. Closing it closes the connection and, when the command still runs, kills it (see {@link ExecKill}).
 */
final class ContainerTerminal extends ResultCallback.Adapter<Frame> implements TerminalSession {
    private static final Logger LOG = LoggerFactory.getLogger(ContainerTerminal.class);
    private static final int EXIT_CODE_POLLS = 50;
    private static final int RESIZE_ATTEMPTS = 10;
    private static final long RESIZE_PAUSE_MILLIS = 30;
    private final DockerClient docker;
    private final String execId;
    private final String instanceId;
    private final InputQueue input;
    private final TerminalListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Object sizing = new Object();
    private boolean started;
    private TerminalSize pendingSize;

    private ContainerTerminal(DockerClient docker, String execId, String instanceId, InputQueue input,
                              TerminalListener listener) {
        this.docker = docker;
        this.execId = execId;
        this.instanceId = instanceId;
        this.input = input;
        this.listener = listener;
    }

    /**
     * @param docker  for the short calls (create, resize, inspect)
     * @param streams for the attached stream, with no response timeout: a terminal may be quiet for long
     * @return empty when there is no such container
     */
    static Optional<TerminalSession> open(DockerClient docker, DockerClient streams, String containerId, String instanceId,
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
            throw new EngineException("could not open a terminal in instance " + instanceId + ": "
                    + DockerErrors.message(e), e);
        }
        ContainerTerminal session = new ContainerTerminal(docker, execId, instanceId,
                request.stdin() ? new InputQueue() : null, listener);
        ExecStartCmd start = streams.execStartCmd(execId).withDetach(false).withTty(request.tty());
        if (session.input != null) {
            start.withStdIn(session.input);
        }
        if (request.tty() && request.size() != null) {
            session.resize(request.size());
        }
        start.exec(session);
        return Optional.of(session);
    }

    /** The exec runs once its stream starts: only then can its terminal be resized. */
    @Override
    public void onStart(Closeable stream) {
        super.onStart(stream);
        TerminalSize size;
        synchronized (sizing) {
            started = true;
            size = pendingSize;
        }
        if (size != null) {
            applySize(size);
        }
        if (input != null) {
            input.open();
        }
    }

    @Override
    public void onNext(Frame frame) {
        if (ended.get()) {
            return;
        }
        if (frame.getStreamType() == StreamType.STDERR) {
            listener.error(frame.getPayload());
        } else {
            listener.output(frame.getPayload());
        }
    }

    @Override
    public void onComplete() {
        if (!ended.get()) {
            Optional<Integer> code = exitCode();
            if (ended.compareAndSet(false, true)) {
                code.ifPresentOrElse(listener::exited, () -> listener.failed("the command in instance " + instanceId
                        + " ended its output but Podman gave no exit code"));
            }
        }
        super.onComplete();
    }

    @Override
    public void onError(Throwable error) {
        if (ended.compareAndSet(false, true)) {
            listener.failed("the connection to the command in instance " + instanceId + " broke: "
                    + DockerErrors.message(error));
        }
        super.onError(error);
    }

    @Override
    public void write(byte[] bytes) {
        if (input == null) {
            throw new EngineException("the command in instance " + instanceId + " was started without input");
        }
        input.add(bytes);
    }

    @Override
    public void closeInput() {
        if (input != null) {
            input.end();
        }
    }

    @Override
    public void resize(TerminalSize size) {
        synchronized (sizing) {
            if (!started) {
                pendingSize = size;
                return;
            }
        }
        applySize(size);
    }

    /** Podman may refuse a resize while the exec it just started is not yet running: a few tries. */
    private void applySize(TerminalSize size) {
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
        if (!ended.compareAndSet(false, true)) {
            return; // the stream has ended, and closing it from its own thread would interrupt that thread
        }
        closeInput();
        closeStream();
        ExecKill.ifRunning(docker, execId, instanceId);
    }

    private void closeStream() {
        try {
            super.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the terminal stream of instance {} failed", instanceId, e);
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
