package io.github.docslint.rst;

/**
 * A run of lines handed to the block scanner, each cut to the part the current construct owns (the
 * enclosing indentation removed), with the source line and expanded column it starts at. This is
 * docutils' StringList: nested constructs are parsed on a Block whose lines had their common
 * indentation stripped.
 */
final class Block {
    final String[] text;
    final int[] line;
    final int[] col;
    /**
     * Per line, null or where each character (and the line end) stands, in columns after {@code
     * col}: csv-table cells lose quote and escape characters, and what follows keeps its place. Null
     * when no line has such a map (every block but a csv-table's cells: no array for them).
     */
    final int[][] at;

    Block(String[] text, int[] line, int[] col) {
        this(text, line, col, null);
    }

    Block(String[] text, int[] line, int[] col, int[][] at) {
        this.text = text;
        this.line = line;
        this.col = col;
        this.at = at;
    }

    /** Columns after {@code col[i]} of character {@code k} of line {@code i}. */
    int offset(int i, int k) {
        int[] a = at == null ? null : at[i];
        return a == null ? k : a[Math.min(k, a.length - 1)] + Math.max(0, k - (a.length - 1));
    }

    static Block of(java.util.List<String> lines) {
        int n = lines.size();
        String[] t = lines.toArray(new String[0]);
        int[] l = new int[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = i;
        }
        return new Block(t, l, c);
    }

    int size() {
        return text.length;
    }

    boolean isBlank(int i) {
        return text[i].isEmpty(); // lines are right-stripped
    }

    static int indentOf(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Lines [from, to) unchanged. */
    Block slice(int from, int to) {
        int n = Math.max(0, to - from);
        String[] t = new String[n];
        int[] l = new int[n];
        int[] c = new int[n];
        System.arraycopy(text, from, t, 0, n);
        System.arraycopy(line, from, l, 0, n);
        System.arraycopy(col, from, c, 0, n);
        int[][] a = null;
        if (at != null) {
            a = new int[n][];
            System.arraycopy(at, from, a, 0, n);
        }
        return new Block(t, l, c, a);
    }

    /** Lines [from, to), each with {@code strip} leading columns removed (fewer if the line is shorter). */
    Block sliceStripped(int from, int to, int strip) {
        Block b = slice(from, to);
        if (strip > 0) {
            for (int i = 0; i < b.text.length; i++) {
                b.strip(i, strip);
            }
        }
        return b;
    }

    void strip(int i, int n) {
        int k = Math.min(n, text[i].length());
        text[i] = text[i].substring(k);
        if (at != null && at[i] != null) {
            // the new first character keeps its place: col moves to it, the rest stays relative
            int[] a = new int[at[i].length - k];
            int base = at[i][k];
            for (int j = 0; j < a.length; j++) {
                a[j] = at[i][j + k] - base;
            }
            at[i] = a;
            col[i] += base;
        } else {
            col[i] += k;
        }
    }

    /** Without its leading and trailing blank lines. */
    Block trimmed() {
        int from = 0;
        int to = size();
        while (from < to && isBlank(from)) {
            from++;
        }
        while (to > from && isBlank(to - 1)) {
            to--;
        }
        return from == 0 && to == size() ? this : slice(from, to);
    }

    /** The result of {@link #indented}: the block, where scanning resumes, and the indent removed. */
    record Indented(Block block, int end, int indent) {}

    /**
     * docutils' {@code StringList.get_indented}: the lines from {@code start} that are indented (or
     * blank), up to the first non-blank line at column 0. With {@code firstIndent >= 0} the first line
     * belongs to the block whatever its indentation and loses {@code firstIndent} columns; with
     * {@code blockIndent >= 0} every line needs at least that indentation and loses exactly that much;
     * otherwise the smallest indentation of the lines after the first is removed.
     */
    Indented indented(int start, boolean untilBlank, int blockIndent, int firstIndent) {
        int indent = blockIndent;
        int end = start;
        if (blockIndent >= 0 && firstIndent < 0) {
            firstIndent = blockIndent;
        }
        if (firstIndent >= 0) {
            end++;
        }
        int last = size();
        while (end < last) {
            String s = text[end];
            if (!s.isEmpty() && (s.charAt(0) != ' ' || (blockIndent >= 0 && indentOf(s) < blockIndent))) {
                break;
            }
            if (s.isEmpty()) {
                if (untilBlank) {
                    break;
                }
            } else if (blockIndent < 0) {
                int li = indentOf(s);
                indent = indent < 0 ? li : Math.min(indent, li);
            }
            end++;
        }
        Block b = slice(start, end);
        if (firstIndent >= 0 && b.size() > 0) {
            b.strip(0, firstIndent);
        }
        if (indent > 0) {
            for (int i = firstIndent >= 0 ? 1 : 0; i < b.size(); i++) {
                b.strip(i, indent);
            }
        }
        return new Indented(b, end, Math.max(indent, 0));
    }
}
