package io.github.docslint.rst;

import static io.github.docslint.rst.Markers.*;
import static io.github.docslint.rst.RstText.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

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
                int first = i + cell.firstLine();
                scan.body(
                        cellBlock(
                                b,
                                first,
                                cell.lines(),
                                k -> GridTable.charIndex(b.text[first + k], cell.firstColumn())),
                        false);
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
                Block block = cellBlock(b, i + cell.firstLine(), cell.lines(), k -> cell.startChars()[k]);
                int indent = Integer.MAX_VALUE;
                for (String t : block.text) {
                    if (!t.isEmpty()) {
                        indent = Math.min(indent, Block.indentOf(t));
                    }
                }
                if (indent != Integer.MAX_VALUE) {
                    scan.body(block.sliceStripped(0, block.size(), indent), false);
                }
            }
        });
        return end + 1;
    }

    /** A cell's lines as a block: line k is table line {@code firstLine + k} of {@code b}, from char {@code start(k)}. */
    private static Block cellBlock(Block b, int firstLine, List<String> lines, IntUnaryOperator start) {
        int size = lines.size();
        int[] line = new int[size];
        int[] col = new int[size];
        for (int k = 0; k < size; k++) {
            line[k] = b.line[firstLine + k];
            col[k] = b.col[firstLine + k] + start.applyAsInt(k);
        }
        return new Block(lines.toArray(new String[0]), line, col);
    }
}
