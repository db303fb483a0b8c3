package io.wharf.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Copies a log file to a stream and keeps copying what is appended until the writer has finished. */
public final class LogTail {
    private final Duration poll;

    public LogTail(Duration poll) {
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("the poll interval must be positive");
        }
        this.poll = poll;
    }

    /**
     * Returns once {@code finished} is true and everything written before that was copied, or once {@code cut}
     * is true, before its next write: nothing read after the cut is copied.
     */
    public void follow(Path file, OutputStream out, BooleanSupplier finished, BooleanSupplier cut) throws IOException {
        long position = 0;
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (!cut.getAsBoolean()) {
            boolean last = finished.getAsBoolean();
            if (Files.exists(file)) {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.position(position);
                    for (int n = channel.read(buffer); n > 0; n = channel.read(buffer)) {
                        if (cut.getAsBoolean()) {
                            return;
                        }
                        out.write(buffer.array(), 0, n);
                        position += n;
                        buffer.clear();
                    }
                }
                out.flush();
            }
            if (last) {
                return;
            }
            sleep();
        }
    }

    private void sleep() throws IOException {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("stopped following the log");
        }
    }
}
