package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

import java.util.ArrayList;
import java.util.List;

/** Grid and simple tables: each cell is scanned as nested rst, where docutils parses it. */
final class Tables {
    private final Scan scan;

    Tables(Scan scan) {
        this.scan = scan;
    }

    int grid(Block b, int i) {
        int end = i;
        while (end < b.size() && !b.isBlank(end) && b.text[end].charAt(0) != ' ') {
            end++;
        }
        // Body.isolate_grid_table: cut at a line that is not part of the table, check the edges
        int stop = end;
        for (int k = i; k < end; k++) {
            char first = b.text[k].charAt(0);
            if (first != '+' && first != '|') {
                stop = k;
                break;
            }
        }
        if (!isGridTableTop(b.text[stop - 1])) {
            int bottom = -1;
            for (int k = stop - 2; k > i + 1; k--) {
                if (isGridTableTop(b.text[k])) {
                    bottom = k;
                    break;
                }
            }
            if (bottom < 0) {
                return end; // malformed table: docutils shows it as a literal block
            }
            stop = bottom + 1;
        }
        List<String> lines = new ArrayList<>(stop - i);
        for (int k = i; k < stop; k++) {
            lines.add(b.text[k]); // GridTable checks the edges, with docutils' wide-character widths
        }
        GridTable.parse(lines).ifPresent(cells -> {
            for (GridTable.Cell cell : cells) {
                int size = cell.lines().size();
                String[] text = cell.lines().toArray(new String[0]);
                int[] line = new int[size];
                int[] col = new int[size];
                for (int k = 0; k < size; k++) {
                    int row = i + cell.firstLine() + k;
                    line[k] = b.line[row];
                    col[k] = b.col[row] + GridTable.charIndex(b.text[row], cell.firstColumn());
                }
                scan.body(new Block(text, line, col), false);
            }
        });
        return stop;
    }

    /** A simple table: the cells of each row are scanned as nested rst, column by column. */
    int simple(Block b, int i) {
        int n = b.size();
        String top = b.text[i];
        int end = -1;
        int found = 0;
        for (int k = i + 1; k < n; k++) {
            if (isSimpleTableBorder(b.text[k])) {
                if (b.text[k].length() != top.length()) {
                    return k + 1; // malformed
                }
                found++;
                if (found == 2 || k == n - 1 || b.isBlank(k + 1)) {
                    end = k;
                    break;
                }
            }
        }
        if (end < 0) {
            return n; // malformed: no bottom border
        }
        List<int[]> columns = new ArrayList<>();
        for (int k = 0; k < top.length(); ) {
            int s = k;
            while (k < top.length() && top.charAt(k) == '=') {
                k++;
            }
            columns.add(new int[] {s, k});
            k = skipSpaces(top, k);
        }
        // rows: a line with text in the first column starts a row; others continue it
        List<int[]> rows = new ArrayList<>();
        for (int k = i + 1; k < end; k++) {
            String t = b.text[k];
            if (isSimpleTableBorder(t) || isColumnSpanUnderline(t)) {
                continue;
            }
            boolean firstColumnText = !t.isEmpty()
                    && !t.substring(0, Math.min(t.length(), columns.get(0)[1])).isBlank();
            if (firstColumnText || rows.isEmpty()) {
                rows.add(new int[] {k, k + 1});
            } else {
                rows.get(rows.size() - 1)[1] = k + 1;
            }
        }
        for (int[] row : rows) {
            for (int c = 0; c < columns.size(); c++) {
                int from = columns.get(c)[0];
                int to = c + 1 < columns.size() ? columns.get(c + 1)[0] : Integer.MAX_VALUE;
                int size = row[1] - row[0];
                String[] text = new String[size];
                int[] line = new int[size];
                int[] col = new int[size];
                for (int k = 0; k < size; k++) {
                    String t = b.text[row[0] + k];
                    String cell = from >= t.length() ? "" : t.substring(from, Math.min(t.length(), to));
                    text[k] = stripTrailing(cell);
                    line[k] = b.line[row[0] + k];
                    col[k] = b.col[row[0] + k] + from;
                }
                Block cellBlock = new Block(text, line, col);
                int indent = Integer.MAX_VALUE;
                for (String t : text) {
                    if (!t.isEmpty()) {
                        indent = Math.min(indent, Block.indentOf(t));
                    }
                }
                if (indent != Integer.MAX_VALUE) {
                    scan.body(cellBlock.sliceStripped(0, size, indent), false);
                }
            }
        }
        return end + 1;
    }
}
