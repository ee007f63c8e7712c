package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * The cells of a {@code csv-table} body (Python's csv module with docutils' dialect: a quote char,
 * doubled quotes inside quoted cells, spaces after the delimiter skipped), each as a {@link Block}
 * keeping the source position of its text so that links inside are reported where they are written.
 */
final class CsvCells {
    record Cell(Block block) {}

    private CsvCells() {}

    static List<Cell> parse(Block content, char delim, char quote) {
        List<Cell> cells = new ArrayList<>();
        int n = content.size();
        int i = 0;
        while (i < n) {
            if (content.isBlank(i)) {
                i++;
                continue;
            }
            // one record: may continue over lines while a quoted field is open
            int k = 0;
            while (true) {
                String t = content.text[i];
                while (k < t.length() && t.charAt(k) == ' ') {
                    k++;
                }
                List<String> text = new ArrayList<>();
                List<int[]> where = new ArrayList<>(); // per cell line: block line index, column
                StringBuilder cur = new StringBuilder();
                int curLine = i;
                int curCol = k;
                boolean quoted = k < t.length() && t.charAt(k) == quote;
                if (quoted) {
                    k++;
                    curCol = k;
                    boolean closed = false;
                    while (!closed) {
                        t = content.text[i];
                        while (k < t.length()) {
                            char c = t.charAt(k);
                            if (c == quote) {
                                if (k + 1 < t.length() && t.charAt(k + 1) == quote) {
                                    cur.append(quote);
                                    k += 2;
                                    continue;
                                }
                                k++;
                                closed = true;
                                break;
                            }
                            cur.append(c);
                            k++;
                        }
                        if (!closed) {
                            text.add(cur.toString());
                            where.add(new int[] {curLine, curCol});
                            cur.setLength(0);
                            i++;
                            k = 0;
                            curLine = i;
                            curCol = 0;
                            if (i >= n) {
                                break;
                            }
                        }
                    }
                    if (i >= n) {
                        text.add(cur.toString());
                        where.add(new int[] {Math.min(curLine, n - 1), curCol});
                        cells.add(cell(content, text, where));
                        return cells;
                    }
                    t = content.text[i];
                    while (k < t.length() && t.charAt(k) != delim) {
                        cur.append(t.charAt(k++));
                    }
                } else {
                    while (k < t.length() && t.charAt(k) != delim) {
                        cur.append(t.charAt(k++));
                    }
                }
                text.add(cur.toString());
                where.add(new int[] {curLine, curCol});
                cells.add(cell(content, text, where));
                if (k < t.length() && t.charAt(k) == delim) {
                    k++;
                    continue;
                }
                break;
            }
            i++;
        }
        return cells;
    }

    private static Cell cell(Block content, List<String> text, List<int[]> where) {
        int size = text.size();
        String[] t = new String[size];
        int[] line = new int[size];
        int[] col = new int[size];
        int indent = Integer.MAX_VALUE;
        for (int k = 0; k < size; k++) {
            t[k] = RstText.stripTrailing(text.get(k));
            line[k] = content.line[where.get(k)[0]];
            col[k] = content.col[where.get(k)[0]] + where.get(k)[1];
            if (k > 0 && !t[k].isEmpty()) {
                indent = Math.min(indent, Block.indentOf(t[k]));
            }
        }
        Block b = new Block(t, line, col);
        if (!t[0].isEmpty()) {
            b.strip(0, Block.indentOf(t[0]));
        }
        if (indent != Integer.MAX_VALUE) {
            for (int k = 1; k < size; k++) {
                b.strip(k, indent);
            }
        }
        return new Cell(b);
    }
}
