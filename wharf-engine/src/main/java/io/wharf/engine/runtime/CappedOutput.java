package io.wharf.engine.runtime;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the first bytes written to it, at most {@link ExecResult#MAX_OUTPUT_BYTES}, and drops the
 * rest while counting that some were dropped. Thread-safe.
 */
public final class CappedOutput extends OutputStream {
    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private boolean truncated;

    public CappedOutput() {
        this(ExecResult.MAX_OUTPUT_BYTES);
    }

    public CappedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int room = Math.min(length, limit - kept.size());
        kept.write(bytes, offset, Math.max(room, 0));
        truncated |= room < length;
    }

    /** What was kept, as UTF-8 (a character cut at the limit becomes U+FFFD). */
    public synchronized String text() {
        return kept.toString(StandardCharsets.UTF_8);
    }

    public synchronized boolean truncated() {
        return truncated;
    }
}
