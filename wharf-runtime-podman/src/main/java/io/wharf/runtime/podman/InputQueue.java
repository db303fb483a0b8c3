package io.wharf.runtime.podman;

import io.wharf.engine.EngineException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A command's input on its way to a hijacked exec stream: chunks added by the session, read by
 * docker-java's copying thread once the queue is {@link #open()} (after the terminal has its size, so
 * that the first line typed runs on a terminal of the right size), until {@link #end()}. Bounded: a
 * command that reads none of its input for {@link #PATIENCE_SECONDS} seconds while more comes fails
 * the writer instead of filling memory.
 */
final class InputQueue extends InputStream {
    static final int MAX_CHUNKS = 1024;
    static final int PATIENCE_SECONDS = 30;
    private static final byte[] END = new byte[0];
    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>(MAX_CHUNKS);
    private final CountDownLatch opened = new CountDownLatch(1);
    private byte[] current;
    private int position;
    private boolean ended;

    /** Queues a copy of {@code bytes}. */
    void add(byte[] bytes) {
        if (bytes.length == 0) {
            return;
        }
        try {
            if (!chunks.offer(bytes.clone(), PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                throw new EngineException("the command has read none of its input for " + PATIENCE_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while sending input to a command", e);
        }
    }

    /** Lets the reader have what was added so far and what comes next. */
    void open() {
        opened.countDown();
    }

    /** The reader sees the end of the input after what came before (which is dropped if the queue is full). */
    void end() {
        open();
        if (!chunks.offer(END)) {
            chunks.clear();
            chunks.offer(END);
        }
    }

    @Override
    public int read() throws InterruptedIOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] into, int offset, int length) throws InterruptedIOException {
        if (length == 0) {
            return 0;
        }
        await();
        while (current == null || position == current.length) {
            if (ended) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for input");
            }
            position = 0;
            if (current == END) {
                ended = true;
                current = null;
                return -1;
            }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, into, offset, count);
        position += count;
        return count;
    }

    private void await() throws InterruptedIOException {
        try {
            opened.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for input");
        }
    }

    @Override
    public void close() {
        end();
    }
}
