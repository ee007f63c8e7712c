package io.github.docslint.fix;

import java.util.ArrayList;
import java.util.List;

/** A unified diff of two texts by lines (Myers' algorithm), with three lines of context, as diff -u prints it. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff of {@code before} and {@code after} of the file {@code name}; empty when they are equal. */
    static String of(String name, String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<int[]> ops = script(a, b); // {kind, indexInA, indexInB}: 0 same, -1 removed, +1 added
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < ops.size()) {
            while (k < ops.size() && ops.get(k)[0] == 0) {
                k++;
            }
            if (k == ops.size()) {
                break;
            }
            int from = Math.max(0, k - CONTEXT);
            // a hunk runs on while the next change is within twice the context
            int last = k;
            for (int j = k; j < ops.size(); j++) {
                if (ops.get(j)[0] != 0) {
                    last = j;
                } else if (j - last > 2 * CONTEXT) {
                    break;
                }
            }
            int to = Math.min(ops.size(), last + CONTEXT + 1);
            if (out.isEmpty()) {
                out.append("--- a/")
                        .append(name)
                        .append('\n')
                        .append("+++ b/")
                        .append(name)
                        .append('\n');
            }
            hunk(out, ops.subList(from, to), a, b);
            k = to;
        }
        return out.toString();
    }

    private static void hunk(StringBuilder out, List<int[]> ops, List<String> a, List<String> b) {
        int aCount = 0;
        int bCount = 0;
        StringBuilder body = new StringBuilder();
        for (int[] op : ops) {
            aCount += op[0] <= 0 ? 1 : 0;
            bCount += op[0] >= 0 ? 1 : 0;
            String line = op[0] < 0 ? a.get(op[1]) : b.get(op[2]);
            body.append(op[0] == 0 ? ' ' : op[0] < 0 ? '-' : '+')
                    .append(strip(line))
                    .append('\n');
            if (!line.endsWith("\n") && !line.endsWith("\r")) {
                body.append("\\ No newline at end of file\n");
            }
        }
        // each op holds the index of its line, or where the line would go, on both sides
        out.append("@@ -")
                .append(range(ops.get(0)[1], aCount))
                .append(" +")
                .append(range(ops.get(0)[2], bCount))
                .append(" @@\n")
                .append(body);
    }

    /** diff -u's range: the first line and the count; an empty range names the line before it. */
    private static String range(int index, int count) {
        return count == 0 ? index + ",0" : count == 1 ? String.valueOf(index + 1) : (index + 1) + "," + count;
    }

    private static String strip(String line) {
        return line.replaceAll("(\r\n|\r|\n)$", "");
    }

    /** Lines with their line breaks (the last may have none). */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r') {
                continue;
            }
            out.add(text.substring(start, i + 1));
            start = i + 1;
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The shortest edit script from {@code a} to {@code b} (Myers 1986), as one op per line. */
    private static List<int[]> script(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = n + m;
        int[] v = new int[2 * max + 2];
        List<int[]> trace = new ArrayList<>();
        int d;
        found:
        for (d = 0; d <= max; d++) {
            trace.add(v.clone());
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || (k != d && v[max + k - 1] < v[max + k + 1]) ? v[max + k + 1] : v[max + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + k] = x;
                if (x >= n && y >= m) {
                    break found;
                }
            }
        }
        List<int[]> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int e = d; e > 0; e--) {
            int[] pv = trace.get(e);
            int k = x - y;
            int prevK = k == -e || (k != e && pv[max + k - 1] < pv[max + k + 1]) ? k + 1 : k - 1;
            int prevX = pv[max + prevK];
            int prevY = prevX - prevK;
            while (x > prevX && y > prevY) {
                ops.add(new int[] {0, --x, --y});
            }
            if (prevK == k + 1) {
                ops.add(new int[] {1, x, --y});
            } else {
                ops.add(new int[] {-1, --x, y});
            }
        }
        while (x > 0 && y > 0) {
            ops.add(new int[] {0, --x, --y});
        }
        java.util.Collections.reverse(ops);
        return ops;
    }
}
