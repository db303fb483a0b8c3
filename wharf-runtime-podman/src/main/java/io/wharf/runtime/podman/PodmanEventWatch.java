package io.wharf.runtime.podman;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.EventsCmd;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import io.wharf.engine.Threads;
import io.wharf.engine.runtime.RuntimeEvent;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the Docker API event stream and hands mapped events to one listener, on the stream's
 * thread. When the stream breaks while the watch is open it reconnects after a second, again and
 * again, and once it is connected again it sends {@link RuntimeEvent#resync()}: events may have
 * been missed meanwhile. A listener that throws is logged; the stream goes on.
 */
final class PodmanEventWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PodmanEventWatch.class);
    static final Duration RECONNECT_DELAY = Duration.ofSeconds(1);
    private static final Duration FIRST_CONNECT_WAIT = Duration.ofSeconds(5);
    private final DockerClient docker;
    private final String labelFilter;
    private final Function<Event, Optional<RuntimeEvent>> mapper;
    private final Consumer<RuntimeEvent> listener;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(
            Threads.named("podman-events-reconnect"));
    private final CountDownLatch connected = new CountDownLatch(1);
    private final AtomicInteger attempts = new AtomicInteger();
    /** Failed connections since the stream last worked, to log an outage once, not every second. */
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean closed;
    private volatile Stream current;

    /** @param labelFilter a {@code key=value} label the server filters on, or null */
    PodmanEventWatch(DockerClient docker, String labelFilter, Function<Event, Optional<RuntimeEvent>> mapper,
                     Consumer<RuntimeEvent> listener) {
        this.docker = docker;
        this.labelFilter = labelFilter;
        this.mapper = mapper;
        this.listener = listener;
    }

    /** Connects, waiting a little for the stream so that what happens next is seen. */
    PodmanEventWatch open() {
        connect();
        try {
            if (!connected.await(FIRST_CONNECT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("the Podman event stream is not connected yet; it keeps trying in the background");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return this;
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        Stream stream = new Stream(attempts.incrementAndGet() > 1);
        current = stream;
        EventsCmd events = docker.eventsCmd().withEventTypeFilter(EventType.CONTAINER);
        if (labelFilter != null) {
            events.withLabelFilter(labelFilter);
        }
        try {
            events.exec(stream);
        } catch (RuntimeException e) {
            stream.onError(e);
        }
    }

    private void deliver(RuntimeEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.warn("the runtime event listener failed on {}; the event stream goes on", event, e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        Stream stream = current;
        if (stream != null) {
            stream.close();
        }
        reconnects.shutdownNow();
    }

    /** One connection of the event stream. */
    private final class Stream implements ResultCallback<Event> {
        private final boolean reconnected;
        private final AtomicBoolean ended = new AtomicBoolean();
        private volatile Closeable response;

        Stream(boolean reconnected) {
            this.reconnected = reconnected;
        }

        @Override
        public void onStart(Closeable stream) {
            response = stream;
            if (closed || ended.get()) {
                closeQuietly(stream);
                return;
            }
            if (reconnected) {
                LOG.info("the Podman event stream is connected again; asking for a resync");
                deliver(RuntimeEvent.resync());
            }
            failures.set(0);
            connected.countDown();
        }

        @Override
        public void onNext(Event event) {
            if (closed || ended.get()) {
                return;
            }
            Optional<RuntimeEvent> mapped;
            try {
                mapped = mapper.apply(event);
            } catch (RuntimeException e) {
                LOG.warn("could not map the Podman event {}", event, e);
                return;
            }
            mapped.ifPresent(PodmanEventWatch.this::deliver);
        }

        @Override
        public void onError(Throwable error) {
            ended(error);
        }

        @Override
        public void onComplete() {
            ended(null);
        }

        /** Ends this connection for good; the watch may open another. */
        @Override
        public void close() {
            ended.set(true);
            closeQuietly(response);
        }

        private void ended(Throwable error) {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            closeQuietly(response);
            if (closed) {
                return;
            }
            int failed = failures.incrementAndGet();
            String why = error == null ? "closed by the server" : error.toString();
            if (failed == 1 || failed % 60 == 0) {
                LOG.warn("the Podman event stream is down ({}, {} tries); retrying every {} ms", why, failed,
                        RECONNECT_DELAY.toMillis());
            } else {
                LOG.debug("the Podman event stream is still down ({})", why);
            }
            try {
                reconnects.schedule(PodmanEventWatch.this::connect, RECONNECT_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                LOG.debug("the watch was closed meanwhile", e);
            }
        }
    }

    private static void closeQuietly(Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the event stream failed", e);
        }
    }
}
