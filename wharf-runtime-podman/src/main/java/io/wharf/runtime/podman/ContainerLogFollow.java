package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.model.Frame;
import io.wharf.engine.runtime.LogSink;
import java.io.Closeable;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/** Follows a container's standard output and error with their times, until the container ends or the stream is closed. */
final class ContainerLogFollow extends ResultCallback.Adapter<Frame> {
    private final TimedLines lines;
    private final LogSink sink;
    private final AtomicBoolean ended = new AtomicBoolean();

    private ContainerLogFollow(Instant since, LogSink sink) {
        this.lines = new TimedLines(since, sink);
        this.sink = sink;
    }

    /**
     * @param docker a client without a response timeout: a followed log may be quiet for long
     * @param since  the first time wanted, null for the last {@code tail} lines
     */
    static Closeable open(DockerClient docker, String containerId, Instant since, int tail, LogSink sink) {
        LogContainerCmd command = docker.logContainerCmd(containerId).withStdOut(true).withStdErr(true)
                .withFollowStream(true).withTimestamps(true);
        if (since == null) {
            command.withTail(tail);
        } else {
            command.withSince((int) Math.max(0, since.getEpochSecond() - 1));
        }
        return command.exec(new ContainerLogFollow(since, sink));
    }

    @Override
    public void onNext(Frame frame) {
        lines.add(frame);
    }

    @Override
    public void onError(Throwable error) {
        if (ended.compareAndSet(false, true)) {
            sink.ended(DockerErrors.message(error));
        }
        super.onError(error);
    }

    @Override
    public void onComplete() {
        if (ended.compareAndSet(false, true)) {
            sink.ended(null);
        }
        super.onComplete();
    }

    @Override
    public void close() throws java.io.IOException {
        ended.set(true);
        super.close();
    }
}
