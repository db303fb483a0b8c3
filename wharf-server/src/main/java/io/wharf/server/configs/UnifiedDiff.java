package io.wharf.server.configs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unified diff of two texts, line by line (Myers' algorithm), with three lines of context, as
 * {@code diff -u} prints it. Beyond {@link #MAX_EDITS} changed lines it shows the whole text replaced.
 */
final class UnifiedDiff {
    static final int CONTEXT = 3;
    static final int MAX_EDITS = 4000;

    private enum Kind { EQUAL, DELETE, INSERT }

    /** One step of the edit script; {@code a} and {@code b} count the lines of each side before it. */
    private record Op(Kind kind, String line, int a, int b) {
    }

    private UnifiedDiff() {
    }

    /** The diff, or an empty string when the texts are equal. */
    static String of(String fromLabel, String toLabel, String from, String to) {
        List<String> a = lines(from);
        List<String> b = lines(to);
        List<Op> ops = script(a, b);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < ops.size()) {
            int firstChange = nextChange(ops, i);
            if (firstChange < 0) {
                break;
            }
            int lastChange = firstChange;
            int next;
            while ((next = nextChange(ops, lastChange + 1)) >= 0 && next - lastChange <= 2 * CONTEXT) {
                lastChange = next;
            }
            hunk(out, ops, Math.max(0, firstChange - CONTEXT), Math.min(ops.size(), lastChange + CONTEXT + 1));
            i = lastChange + 1;
        }
        return out.isEmpty() ? "" : "--- " + fromLabel + "\n+++ " + toLabel + "\n" + out;
    }

    /** Lines with their line feed, so that a missing final line feed is a difference too. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }

    private static int nextChange(List<Op> ops, int from) {
        for (int i = from; i < ops.size(); i++) {
            if (ops.get(i).kind() != Kind.EQUAL) {
                return i;
            }
        }
        return -1;
    }

    private static void hunk(StringBuilder out, List<Op> ops, int start, int end) {
        int aLength = 0;
        int bLength = 0;
        for (Op op : ops.subList(start, end)) {
            aLength += op.kind() == Kind.INSERT ? 0 : 1;
            bLength += op.kind() == Kind.DELETE ? 0 : 1;
        }
        Op first = ops.get(start);
        out.append("@@ -").append(range(first.a(), aLength)).append(" +").append(range(first.b(), bLength)).append(" @@\n");
        for (Op op : ops.subList(start, end)) {
            out.append(switch (op.kind()) {
                case EQUAL -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            });
            out.append(op.line());
            if (!op.line().endsWith("\n")) {
                out.append("\n\\ No newline at end of file\n");
            }
        }
    }

    private static String range(int before, int length) {
        int start = length == 0 ? before : before + 1;
        return length == 1 ? Integer.toString(start) : start + "," + length;
    }

    private static List<Op> script(List<String> a, List<String> b) {
        List<int[]> trace = trace(a, b);
        if (trace == null) {
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < a.size(); i++) {
                ops.add(new Op(Kind.DELETE, a.get(i), i, 0));
            }
            for (int j = 0; j < b.size(); j++) {
                ops.add(new Op(Kind.INSERT, b.get(j), a.size(), j));
            }
            return ops;
        }
        return backtrack(a, b, trace);
    }

    /** V of each step d (k from -d to d at index k + d), or null past MAX_EDITS. */
    private static List<int[]> trace(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        List<int[]> trace = new ArrayList<>();
        int[] previous = null;
        for (int d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
            int[] v = new int[2 * d + 1];
            for (int k = -d; k <= d; k += 2) {
                int x;
                if (d == 0) {
                    x = 0;
                } else if (down(previous, d, k)) {
                    x = previous[k + 1 + d - 1];
                } else {
                    x = previous[k - 1 + d - 1] + 1;
                }
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[k + d] = x;
                if (x >= n && y >= m) {
                    trace.add(v);
                    return trace;
                }
            }
            trace.add(v);
            previous = v;
        }
        return null;
    }

    private static boolean down(int[] previous, int d, int k) {
        return k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
    }

    private static List<Op> backtrack(List<String> a, List<String> b, List<int[]> trace) {
        List<Op> ops = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            boolean down = down(previous, d, k);
            int previousK = down ? k + 1 : k - 1;
            int previousX = previous[previousK + d - 1];
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                ops.add(new Op(Kind.EQUAL, a.get(x), x, y));
            }
            if (down) {
                y--;
                ops.add(new Op(Kind.INSERT, b.get(y), x, y));
            } else {
                x--;
                ops.add(new Op(Kind.DELETE, a.get(x), x, y));
            }
        }
        while (x > 0 && y > 0) {
            x--;
            y--;
            ops.add(new Op(Kind.EQUAL, a.get(x), x, y));
        }
        Collections.reverse(ops);
        return ops;
    }
}
