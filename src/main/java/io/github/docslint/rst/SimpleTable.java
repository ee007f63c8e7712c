package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * docutils' SimpleTableParser, as far as it decides which text is a cell: rows end at column-span
 * underlines or where the first column has text; text in a column margin, a span that does not end at
 * the right border or does not line up with the columns, or two head/body separators make the whole
 * table a docutils error, whose cells are then no rst at all. Each East Asian wide character is
 * padded to two columns first, as docutils does.
 */
final class SimpleTable {
    private static final char PAD = '\u0000';

    /** The text of one cell: its lines as docutils cuts them, and where each starts in the source line. */
    record Cell(List<String> lines, int firstLine, int[] startChars) {}

    private final List<Line> block = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private List<int[]> columns;
    private int borderEnd;

    /** A table line padded for wide characters, with the source index of each padded position. */
    private record Line(String padded, int[] source) {
        static Line of(String text) {
            StringBuilder padded = new StringBuilder(text.length());
            int[] source = new int[text.length() * 2 + 1];
            int p = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                padded.appendCodePoint(cp);
                for (int k = 0; k < Character.charCount(cp); k++) {
                    source[p++] = i;
                }
                i += Character.charCount(cp);
                if (GridTable.isWide(cp)) {
                    padded.append(PAD);
                    source[p++] = i;
                }
            }
            source[p] = text.length();
            return new Line(padded.toString(), source);
        }

        Line withChar(char from, char to) {
            return new Line(padded.replace(from, to), source);
        }

        /** The source index of a padded column (the end of the line past it). */
        int sourceIndex(int column) {
            return source[Math.min(column, padded.length())];
        }

        String slice(int from, int to) {
            return sliceOf(padded, from, to);
        }
    }

    private SimpleTable() {}

    /**
     * The cells of a simple table, row by row, given its lines from the top border to the bottom
     * border; empty when docutils reports the table as malformed.
     */
    static Optional<List<Cell>> parse(List<String> lines) {
        SimpleTable t = new SimpleTable();
        for (String l : lines) {
            t.block.add(Line.of(l));
        }
        return t.parse() ? Optional.of(t.cells) : Optional.empty();
    }

    private boolean parse() {
        int last = block.size() - 1;
        block.set(0, block.get(0).withChar('=', '-'));
        block.set(last, block.get(last).withChar('=', '-'));
        int separators = 0;
        for (int i = 1; i < last; i++) {
            if (Markers.isSimpleTableBorder(block.get(i).padded())) {
                if (++separators > 1) {
                    return false; // "Multiple head/body row separators"
                }
                block.set(i, block.get(i).withChar('=', '-'));
            }
        }
        columns = spans(block.get(0).padded());
        if (columns.isEmpty()) {
            return false;
        }
        borderEnd = columns.get(columns.size() - 1)[1];
        int firstStart = columns.get(0)[0];
        int firstEnd = columns.get(0)[1];
        int start = 1;
        boolean textFound = false;
        for (int offset = 1; offset < block.size(); offset++) {
            String line = block.get(offset).padded();
            if (Markers.isTableRule(line, '-')) {
                if (!row(start, offset, line)) {
                    return false;
                }
                start = offset + 1;
                textFound = false;
            } else if (!sliceOf(line, firstStart, firstEnd).isBlank()) {
                if (textFound && offset != start && !row(start, offset, null)) {
                    return false;
                }
                start = offset;
                textFound = true;
            } else if (!textFound) {
                start = offset + 1;
            }
        }
        return true;
    }

    /** One row of lines [from, to), with the columns of its span underline, or the table's. */
    private boolean row(int from, int to, String spanLine) {
        if (from >= to && spanLine == null) {
            return true;
        }
        List<int[]> cols;
        if (spanLine != null) {
            cols = spans(stripTrailingSpaces(spanLine));
            if (cols.isEmpty() || cols.get(cols.size() - 1)[1] != borderEnd) {
                return false; // "Column span incomplete"
            }
            cols.get(cols.size() - 1)[1] = columns.get(columns.size() - 1)[1];
        } else {
            cols = new ArrayList<>();
            for (int[] c : columns) {
                cols.add(c.clone());
            }
        }
        if (!checkMargins(from, to, cols) || !aligned(cols)) {
            return false;
        }
        for (int[] c : cols) {
            List<String> text = new ArrayList<>();
            int[] starts = new int[to - from];
            for (int k = from; k < to; k++) {
                Line line = block.get(k);
                // the rightmost column is unbounded: overflowing text stays in it
                int end = c == cols.get(cols.size() - 1) ? Integer.MAX_VALUE : c[1];
                text.add(stripTrailingSpaces(line.slice(c[0], end)).replace(String.valueOf(PAD), ""));
                starts[k - from] = line.sourceIndex(c[0]);
            }
            cells.add(new Cell(text, from, starts));
        }
        return true;
    }

    /** check_columns: nothing but blanks between columns; the last column may overflow. */
    private boolean checkMargins(int from, int to, List<int[]> cols) {
        for (int i = 0; i < cols.size() - 1; i++) {
            int end = cols.get(i)[1];
            int nextStart = cols.get(i + 1)[0];
            for (int k = from; k < to; k++) {
                String line = withoutCombining(block.get(k).padded());
                if (!sliceOf(line, end, nextStart).isBlank()) {
                    return false; // "Text in column margin"
                }
            }
        }
        return true;
    }

    /** init_row: each span starts at a column's start and ends at a column's end. */
    private boolean aligned(List<int[]> cols) {
        int i = 0;
        for (int c = 0; c < cols.size(); c++) {
            int[] span = cols.get(c);
            if (i >= columns.size() || span[0] != columns.get(i)[0]) {
                return false; // "Column span alignment problem"
            }
            boolean lastSpan = c == cols.size() - 1;
            while (!(lastSpan ? i == columns.size() - 1 : span[1] == columns.get(i)[1])) {
                i++;
                if (i >= columns.size()) {
                    return false;
                }
            }
            i++;
        }
        return true;
    }

    private static List<int[]> spans(String line) {
        List<int[]> cols = new ArrayList<>();
        int end = 0;
        while (true) {
            int begin = line.indexOf('-', end);
            if (begin < 0) {
                break;
            }
            end = line.indexOf(' ', begin);
            if (end < 0) {
                end = line.length();
            }
            cols.add(new int[] {begin, end});
        }
        return cols;
    }

    /** s[from:to] as Python slices: out-of-range ends clipped. isBlank() then is Python's strip() test, and
     * the pad character is no blank, as in docutils. */
    private static String sliceOf(String s, int from, int to) {
        int a = Math.min(from, s.length());
        int b = Math.min(to, s.length());
        return a >= b ? "" : s.substring(a, b);
    }

    private static String stripTrailingSpaces(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** docutils' strip_combining_chars, used before the margin check. */
    private static String withoutCombining(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
