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
        int foundAt = -1;
        for (int k = i + 1; k < n; k++) {
            if (isSimpleTableBorder(b.text[k])) {
                if (b.text[k].length() != top.length()) {
                    return k + 1; // malformed
                }
                found++;
                foundAt = k;
                if (found == 2 || k == n - 1 || b.isBlank(k + 1)) {
                    end = k;
                    break;
                }
            }
        }
        if (end < 0) {
            // malformed: no bottom border, or no blank line after it; docutils reads on after the last
            // border it found (or skips the rest when there was none)
            return found > 0 ? foundAt + 1 : n;
        }
        List<String> lines = new ArrayList<>(end - i + 1);
        for (int k = i; k <= end; k++) {
            lines.add(b.text[k]);
        }
        // a malformed table is a docutils error: its text is shown, not parsed
        SimpleTable.parse(lines).ifPresent(cells -> {
            for (SimpleTable.Cell cell : cells) {
                int size = cell.lines().size();
                String[] text = cell.lines().toArray(new String[0]);
                int[] line = new int[size];
                int[] col = new int[size];
                for (int k = 0; k < size; k++) {
                    int row = i + cell.firstLine() + k;
                    line[k] = b.line[row];
                    col[k] = b.col[row] + cell.startChars()[k];
                }
                int indent = Integer.MAX_VALUE;
                for (String t : text) {
                    if (!t.isEmpty()) {
                        indent = Math.min(indent, Block.indentOf(t));
                    }
                }
                if (indent != Integer.MAX_VALUE) {
                    scan.body(new Block(text, line, col).sliceStripped(0, size, indent), false);
                }
            }
        });
        return end + 1;
    }
}
