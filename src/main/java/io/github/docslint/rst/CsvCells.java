package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a {@code csv-table} (its body, or its {@code :header:} option) as Python's csv reader
 * reads them with docutils' dialects ({@code strict}, spaces after the delimiter skipped, doubled
 * quotes or an escape character), each cell a {@link Block} that keeps the source place of every
 * character, so that links inside are reported where they are written.
 */
final class CsvCells {
    record Cell(Block block) {}

    /**
     * docutils' DocutilsDialect (or HeaderDialect): with an escape character ({@code escape >= 0})
     * quotes are not doubled.
     */
    record Dialect(char delim, char quote, int escape, boolean skipInitialSpace) {}

    private CsvCells() {}

    private enum State {
        START_RECORD,
        START_FIELD,
        ESCAPED_CHAR,
        AFTER_ESCAPED_CRNL,
        IN_FIELD,
        IN_QUOTED_FIELD,
        ESCAPE_IN_QUOTED_FIELD,
        QUOTE_IN_QUOTED_FIELD,
        EAT_CRNL
    }

    /** Stands for the end of an input line (the C reader's EOL, after the line's '\n'). */
    private static final int EOL = -2; // not -1: that is "no escape character"

    /** A field being read: its characters and, for each, the block line and column it comes from. */
    private static final class Field {
        final StringBuilder text = new StringBuilder();
        final List<int[]> where = new ArrayList<>();

        void add(int c, int line, int k) {
            text.append((char) c);
            where.add(new int[] {line, k});
        }
    }

    /** The csv reader (Modules/_csv.c, parse_process_char) over a block's lines. */
    private static final class Reader {
        final Dialect d;
        final Block content;
        final List<List<Cell>> rows = new ArrayList<>();
        List<Cell> fields = new ArrayList<>();
        Field field = new Field();
        State state = State.START_RECORD;

        Reader(Block content, Dialect d) {
            this.content = content;
            this.d = d;
        }

        private void save() {
            fields.add(cell(content, field));
            field = new Field();
        }

        private boolean isEnd(int c) {
            return c == '\n' || c == '\r' || c == EOL;
        }

        /** False on a csv.Error. */
        boolean process(int c, int line, int k) {
            switch (state) {
                case START_RECORD -> {
                    if (c == EOL) {
                        return true;
                    }
                    if (c == '\n' || c == '\r') {
                        state = State.EAT_CRNL;
                        return true;
                    }
                    state = State.START_FIELD;
                    return process(c, line, k);
                }
                case START_FIELD -> {
                    if (isEnd(c)) {
                        save();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else if (c == d.quote()) {
                        state = State.IN_QUOTED_FIELD;
                    } else if (c == d.escape()) {
                        state = State.ESCAPED_CHAR;
                    } else if (c == ' ' && d.skipInitialSpace()) {
                        // spaces at the start of a field are skipped
                    } else if (c == d.delim()) {
                        save();
                    } else {
                        field.add(c, line, k);
                        state = State.IN_FIELD;
                    }
                }
                case ESCAPED_CHAR -> {
                    if (c == '\n' || c == '\r') {
                        field.add(c, line, k);
                        state = State.AFTER_ESCAPED_CRNL;
                    } else {
                        field.add(c == EOL ? '\n' : c, line, k);
                        state = State.IN_FIELD;
                    }
                }
                case AFTER_ESCAPED_CRNL, IN_FIELD -> {
                    if (state == State.AFTER_ESCAPED_CRNL && c == EOL) {
                        return true;
                    }
                    if (isEnd(c)) {
                        save();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else if (c == d.escape()) {
                        state = State.ESCAPED_CHAR;
                    } else if (c == d.delim()) {
                        save();
                        state = State.START_FIELD;
                    } else {
                        field.add(c, line, k);
                        state = State.IN_FIELD;
                    }
                }
                case IN_QUOTED_FIELD -> {
                    if (c == EOL) {
                        // nothing: the line's '\n' is already in the field
                    } else if (c == d.escape()) {
                        state = State.ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == d.quote()) {
                        state = d.escape() < 0 ? State.QUOTE_IN_QUOTED_FIELD : State.IN_FIELD;
                    } else {
                        field.add(c, line, k);
                    }
                }
                case ESCAPE_IN_QUOTED_FIELD -> {
                    field.add(c == EOL ? '\n' : c, line, k);
                    state = State.IN_QUOTED_FIELD;
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (c == d.quote()) {
                        field.add(c, line, k); // a doubled quote is one quote
                        state = State.IN_QUOTED_FIELD;
                    } else if (c == d.delim()) {
                        save();
                        state = State.START_FIELD;
                    } else if (isEnd(c)) {
                        save();
                        state = c == EOL ? State.START_RECORD : State.EAT_CRNL;
                    } else {
                        return false; // strict: "',' expected after '"'"
                    }
                }
                case EAT_CRNL -> {
                    if (c == EOL) {
                        state = State.START_RECORD;
                    } else if (c != '\n' && c != '\r') {
                        return false; // "new-line character seen in unquoted field"
                    }
                }
            }
            return true;
        }

        /** docutils feeds each line with a '\n' added; a record may go on over lines. */
        boolean read() {
            for (int i = 0; i < content.size(); i++) {
                String t = content.text[i];
                for (int k = 0; k < t.length(); k++) {
                    if (!process(t.charAt(k), i, k)) {
                        return false;
                    }
                }
                if (!process('\n', i, t.length()) || !process(EOL, i, t.length())) {
                    return false;
                }
                if (state == State.START_RECORD) {
                    rows.add(fields); // a blank line is an empty row
                    fields = new ArrayList<>();
                }
            }
            // strict: "unexpected end of data" inside a quoted field or after an escaped line end
            return field.text.length() == 0 && state != State.IN_QUOTED_FIELD;
        }
    }

    /**
     * The rows of {@code content} (a blank line is an empty row), or null when Python's csv reports
     * an error: docutils then shows an error instead of the table.
     */
    static List<List<Cell>> rows(Block content, Dialect d) {
        Reader r = new Reader(content, d);
        return r.read() ? r.rows : null;
    }

    /** The field's text as docutils hands it to nested_parse: its lines, with their indentation removed. */
    private static Cell cell(Block content, Field f) {
        List<String> text = new ArrayList<>();
        List<int[]> where = new ArrayList<>(); // per cell line: block line and column of each character
        List<Integer> lineOf = new ArrayList<>();
        int start = 0;
        int n = f.text.length();
        for (int j = 0; j <= n; j++) {
            if (j == n || f.text.charAt(j) == '\n' || f.text.charAt(j) == '\r') {
                if (j == n && start == n) {
                    break; // str.splitlines: no empty line after a final line break
                }
                int[] cols = new int[j - start];
                int line = f.where.get(Math.min(j, n - 1))[0];
                for (int m = start; m < j; m++) {
                    cols[m - start] = f.where.get(m)[1];
                    line = f.where.get(m)[0];
                }
                text.add(f.text.substring(start, j));
                where.add(cols);
                lineOf.add(line);
                start = j + 1;
            }
        }
        int size = text.size();
        String[] t = new String[size];
        int[] line = new int[size];
        int[] col = new int[size];
        int[][] at = new int[size][];
        int indent = Integer.MAX_VALUE;
        for (int k = 0; k < size; k++) {
            int[] cols = where.get(k);
            t[k] = RstText.stripTrailing(text.get(k));
            int bl = lineOf.get(k);
            line[k] = content.line[bl];
            int first = cols.length > 0 ? cols[0] : 0;
            col[k] = content.col[bl] + first;
            int[] a = new int[t[k].length() + 1];
            for (int m = 0; m < t[k].length(); m++) {
                a[m] = cols[m] - first;
            }
            a[t[k].length()] = t[k].isEmpty() ? 0 : a[t[k].length() - 1] + 1;
            at[k] = a;
            if (k > 0 && !t[k].isEmpty()) {
                indent = Math.min(indent, Block.indentOf(t[k]));
            }
        }
        Block b = new Block(t, line, col, at);
        if (size > 0 && !t[0].isEmpty()) {
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
