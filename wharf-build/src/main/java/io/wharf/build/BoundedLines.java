package io.wharf.build;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a process's output into lines of at most {@code maxChars}: a longer line is cut there and the
 * rest of it dropped, so that one endless line cannot fill the memory.
 */
final class BoundedLines {
    static final String CUT = " [line cut]";

    private BoundedLines() {
    }

    static void read(Reader in, int maxChars, LineSink sink) throws IOException {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1");
        }
        StringBuilder line = new StringBuilder();
        boolean cut = false;
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    sink.line(strip(line) + (cut ? CUT : ""));
                    line.setLength(0);
                    cut = false;
                } else if (line.length() < maxChars) {
                    line.append(c);
                } else {
                    cut = true;
                }
            }
        }
        if (!line.isEmpty() || cut) {
            sink.line(strip(line) + (cut ? CUT : ""));
        }
    }

    private static String strip(StringBuilder line) {
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }
}
