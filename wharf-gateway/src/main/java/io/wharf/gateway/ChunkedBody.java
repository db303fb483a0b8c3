package io.wharf.gateway;

import io.netty.buffer.ByteBuf;

/**
 * Follows a chunked request body byte by byte to find exactly where it ends: chunk sizes in hex, lines ended
 * by CRLF, trailer fields without folding. Refuses what a lenient parser might read another way.
 */
final class ChunkedBody {

    private enum State { SIZE, EXTENSION, SIZE_LF, DATA, DATA_CR, DATA_LF, TRAILER_START, TRAILER, TRAILER_LF, END_LF, DONE }

    private static final long MAX_CHUNK_SIZE = 1L << 40;

    private final int maxLineBytes;
    private final boolean bareLf;
    private State state = State.SIZE;
    private long size;
    private int digits;
    private int lineBytes;
    private long dataBytes;

    ChunkedBody(int maxLineBytes) {
        this(maxLineBytes, false);
    }

    /** {@code bareLf}: whether a line may end in a bare LF, as a backend's answer may (a client's request may not). */
    ChunkedBody(int maxLineBytes, boolean bareLf) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.bareLf = bareLf;
    }

    /** The chunk data bytes scanned so far, without the chunk lines around them. */
    long dataBytes() {
        return dataBytes;
    }

    boolean done() {
        return state == State.DONE;
    }

    /**
     * Reads on from {@code bytes}' reader index (not consuming them) up to the end of the body at most.
     * @return how many of the readable bytes belong to the body
     * @throws GatewayException for a malformed chunk
     */
    int scan(ByteBuf bytes) {
        return scan(bytes, false);
    }

    /** Whether the next body bytes are chunk data: {@link #takeData} them, then {@link #scanFraming} on. */
    boolean inData() {
        return state == State.DATA;
    }

    /**
     * Like {@link #scan}, but stops where chunk data begins: how many of the readable bytes are chunk lines
     * (sizes, extensions, CRLFs, trailers) before the data or the end of the body.
     */
    int scanFraming(ByteBuf bytes) {
        return scan(bytes, true);
    }

    /** Takes up to {@code available} bytes of the current chunk's data (in data only): how many it took. */
    int takeData(int available) {
        if (state != State.DATA) {
            throw new IllegalStateException("not in chunk data but in " + state);
        }
        int n = (int) Math.min(size, available);
        size -= n;
        dataBytes += n;
        if (size == 0) {
            state = State.DATA_CR;
        }
        return n;
    }

    private int scan(ByteBuf bytes, boolean stopAtData) {
        int start = bytes.readerIndex();
        int i = start;
        int end = bytes.writerIndex();
        while (i < end && state != State.DONE) {
            if (state == State.DATA) {
                if (stopAtData) {
                    break;
                }
                i += takeData(end - i);
                continue;
            }
            if (++lineBytes > maxLineBytes) {
                throw new GatewayException("a chunk line is longer than " + maxLineBytes + " bytes");
            }
            step(bytes.getByte(i++));
        }
        return i - start;
    }

    private void step(byte b) {
        if (b == '\n' && bareLf && endsLine()) {
            return;
        }
        switch (state) {
            case SIZE -> size(b);
            case EXTENSION -> state = b == '\r' ? State.SIZE_LF : refuseIf(b == '\n', State.EXTENSION);
            case SIZE_LF -> {
                expect(b, '\n');
                sizeLineEnded();
            }
            case DATA_CR -> {
                expect(b, '\r');
                state = State.DATA_LF;
            }
            case DATA_LF -> {
                expect(b, '\n');
                dataEnded();
            }
            case TRAILER_START -> {
                if (b == ' ' || b == '\t') {
                    throw new GatewayException("obsolete line folding in a trailer");
                }
                state = b == '\r' ? State.END_LF : refuseIf(b == '\n', State.TRAILER);
            }
            case TRAILER -> state = b == '\r' ? State.TRAILER_LF : refuseIf(b == '\n', State.TRAILER);
            case TRAILER_LF -> {
                expect(b, '\n');
                state = State.TRAILER_START;
            }
            case END_LF -> {
                expect(b, '\n');
                state = State.DONE;
            }
            default -> throw new IllegalStateException("no byte expected in state " + state);
        }
    }

    /** A bare LF where a line may end (when allowed): ends it as its CRLF would; whether it did. */
    private boolean endsLine() {
        switch (state) {
            case SIZE, EXTENSION -> {
                if (digits == 0) {
                    return false;
                }
                sizeLineEnded();
            }
            case DATA_CR -> dataEnded();
            case TRAILER_START -> state = State.DONE;
            case TRAILER -> state = State.TRAILER_START;
            default -> {
                return false;
            }
        }
        return true;
    }

    private void sizeLineEnded() {
        lineBytes = 0;
        state = size == 0 ? State.TRAILER_START : State.DATA;
    }

    private void dataEnded() {
        lineBytes = 0;
        digits = 0;
        state = State.SIZE;
    }

    private void size(byte b) {
        int digit = Character.digit(b, 16);
        if (digit >= 0) {
            size = size * 16 + digit;
            digits++;
            if (size > MAX_CHUNK_SIZE) {
                throw new GatewayException("a chunk size is too large");
            }
        } else if (digits > 0 && (b == ';' || b == '\r')) {
            state = b == ';' ? State.EXTENSION : State.SIZE_LF;
        } else {
            throw new GatewayException("a malformed chunk size");
        }
    }

    private static State refuseIf(boolean bareLf, State next) {
        if (bareLf) {
            throw new GatewayException("a chunk line ends in a bare LF, not CRLF");
        }
        return next;
    }

    private static void expect(byte b, char wanted) {
        if (b != wanted) {
            throw new GatewayException(wanted == '\n' ? "a chunk line ends in a bare CR" : "chunk data longer than its size");
        }
    }
}
