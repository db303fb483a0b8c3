package io.wharf.server.logs;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Writes a followed log's lines to the client as they come, flushing whenever none is waiting, until
 * {@code done} says so, the queue overflows (a last line says so), or the client goes away (a write fails).
 */
final class LogPump {
    static final Duration WAIT = Duration.ofMillis(250);
    private final boolean timestamps;
    private final boolean prefixed;

    /**
     * @param timestamps each line starts with its RFC 3339 time and a space
     * @param prefixed   each line (after the time) starts with {@code [instance] }
     */
    LogPump(boolean timestamps, boolean prefixed) {
        this.timestamps = timestamps;
        this.prefixed = prefixed;
    }

    /** @param tick called when no line is waiting, for example to join instances that started */
    void pump(LogStream stream, Writer out, BooleanSupplier done, Runnable tick) throws IOException, InterruptedException {
        pump(stream, out, done, () -> false, tick);
    }

    /** @param stopped checked before each line: when it says so, the stream ends at once, lines waiting or not */
    void pump(LogStream stream, Writer out, BooleanSupplier done, BooleanSupplier stopped, Runnable tick)
            throws IOException, InterruptedException {
        while (!stopped.getAsBoolean()) {
            if (stream.overflowed()) {
                out.write("wharf: this stream was dropped because the client read more slowly than the instances"
                        + " wrote (more than " + stream.capacity() + " lines waiting); reconnect with the cursor of"
                        + " the last line read\n");
                out.flush();
                return;
            }
            LogStream.Entry entry = stream.poll(WAIT);
            if (entry != null) {
                out.write(format(entry));
            }
            if (stream.drained()) {
                out.flush();
                if (done.getAsBoolean()) {
                    return;
                }
                tick.run();
            }
        }
        out.flush();
    }

    String format(LogStream.Entry entry) {
        StringBuilder line = new StringBuilder();
        if (timestamps) {
            line.append(entry.line().time()).append(' ');
        }
        if (prefixed) {
            line.append('[').append(entry.instance()).append("] ");
        }
        return line.append(entry.line().text()).append('\n').toString();
    }
}
