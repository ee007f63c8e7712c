package io.github.docslint.rst;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Cuts the cells out of a reStructuredText grid table, the way docutils does before it parses every cell's
 * content as nested rst.
 *
 * <p>This is a reimplementation of docutils 0.19 {@code GridTableParser} ({@code parsers/rst/tableparser.py}),
 * {@code StringList.get_2D_block} ({@code statemachine.py}) and the checks {@code RSTState.isolate_grid_table}
 * ({@code parsers/rst/states.py}) applies to an isolated table block. Wherever docutils reports "Malformed table"
 * (or would fail an internal assertion), {@link #parse} returns {@link Optional#empty()}.
 *
 * <p>Columns: like docutils, which pads every East Asian Wide or Fullwidth character with an extra
 * (invisible) character before measuring a table, a column here is one code point, or two for such a wide
 * character. For text without wide characters and without characters outside the Basic Multilingual Plane,
 * this is the Java {@code char} index into the line; otherwise use {@link #charIndex(String, int)}.
 *
 * <p>Known differences from docutils: the combining-character adjustment of {@code get_2D_block} (which
 * misaligns cells in docutils anyway) is not reproduced; cells are cut at code-point columns. Which
 * characters count as wide follows Unicode 14 (as in Python 3.11's {@code unicodedata}) for assigned
 * characters; unassigned code points count as narrow.
 */
public final class GridTable {

    /**
     * One cell: its content lines (already cut out of the table, right-stripped, common indentation removed),
     * where they start in the block.
     *
     * @param row grid row index of the cell's top-left corner
     * @param column grid column index of the cell's top-left corner
     * @param lines content lines; line {@code i} is block line {@code firstLine + i} and starts at column
     *     {@code firstColumn}; blank lines are kept as {@code ""}
     * @param firstLine index into the block of the first content line (the line below the cell's top border)
     * @param firstColumn column where the content starts: cell's left border column + 1 + common indentation
     * @param rowSpan number of grid rows the cell spans (1 for a plain cell)
     * @param colSpan number of grid columns the cell spans (1 for a plain cell)
     */
    public record Cell(
            int row, int column, List<String> lines, int firstLine, int firstColumn, int rowSpan, int colSpan) {
        public Cell {
            lines = List.copyOf(lines);
        }
    }

    /** Stands for docutils' {@code '\x00'} padding after a wide character; not a valid code point. */
    private static final int PAD = -1;

    private GridTable() {}

    /**
     * Parses a grid table block.
     *
     * @param lines the table's lines exactly as in the source after the enclosing block's indentation was
     *     removed (every line starts with '+' or '|', tabs already expanded to 8-column stops). They must be
     *     the whole isolated table: docutils, when the text block does not end with a border line, ends the
     *     table at the last earlier border line instead; here such a block is malformed.
     * @return the cells in docutils' order (top-to-bottom, left-to-right by their top-left corner), or
     *     {@link Optional#empty()} when docutils would report "Malformed table"
     */
    public static Optional<List<Cell>> parse(List<String> lines) {
        if (lines == null) {
            return Optional.empty();
        }
        Object[] source = lines.toArray();
        int[][] grid = new int[source.length][];
        for (int i = 0; i < source.length; i++) {
            if (!(source[i] instanceof String line)) {
                return Optional.empty();
            }
            // isolate_grid_table: pad wide characters, strip; a line not starting with '+' or '|' (or an
            // indented one) would end the table block, so it cannot be part of a well-isolated table.
            int[] row = rstrip(padWide(line));
            if (row.length == 0 || (row[0] != '+' && row[0] != '|')) {
                return Optional.empty();
            }
            grid[i] = row;
        }
        if (grid.length == 0) {
            return Optional.empty();
        }
        int height = grid.length;
        int width = grid[0].length;
        if (!isBorder(grid[0], '-') || !isBorder(grid[height - 1], '-')) {
            return Optional.empty();
        }
        for (int[] row : grid) {
            // right edge: straight and made of '+' or '|'
            if (row.length != width || (row[width - 1] != '+' && row[width - 1] != '|')) {
                return Optional.empty();
            }
        }
        // find_head_body_sep: at most one '+===+' line; it is scanned as if made of '-'
        int headSep = -1;
        for (int r = 0; r < height; r++) {
            if (isBorder(grid[r], '=')) {
                if (headSep >= 0) {
                    return Optional.empty(); // multiple head/body row separators
                }
                headSep = r;
                for (int c = 0; c < width; c++) {
                    if (grid[r][c] == '=') {
                        grid[r][c] = '-';
                    }
                }
            }
        }
        if (headSep == 0 || headSep == height - 1) {
            return Optional.empty();
        }
        return new Scanner(grid, width).scan(headSep);
    }

    /**
     * Converts a column as used by {@link Cell#firstColumn()} (one per code point, two per East Asian wide
     * character) into the {@code char} index in {@code line} of the character at that column; returns
     * {@code line.length()} if the line is shorter.
     */
    public static int charIndex(String line, int column) {
        int col = 0;
        int index = 0;
        while (index < line.length()) {
            int cp = line.codePointAt(index);
            int next = col + (isWide(cp) ? 2 : 1);
            if (next > column) {
                return index;
            }
            col = next;
            index += Character.charCount(cp);
        }
        return index;
    }

    /** The tracing of cells over a validated, rectangular grid (docutils {@code parse_table}). */
    private static final class Scanner {
        private final int[][] grid;
        private final int height;
        private final int width;
        /**
         * Per line, the length of the run of '-'/'+' starting at each column going right; per column, of
         * '|'/'+' going down. Made on first use: only lines and columns with corners are asked, and a
         * table of long text lines would otherwise fill two int arrays the size of the whole table.
         */
        private final int[][] hRun;

        private final int[][] vRun;
        /** Per text column, the last line already covered by a cell (docutils {@code done}). */
        private final int[] done;

        private final boolean[] rowSep;
        private final boolean[] colSep;
        private final List<int[]> cells = new ArrayList<>();

        Scanner(int[][] grid, int width) {
            this.grid = grid;
            this.height = grid.length;
            this.width = width;
            this.hRun = new int[height][];
            this.vRun = new int[width][];
            this.done = new int[width];
            Arrays.fill(done, -1);
            this.rowSep = new boolean[height];
            this.colSep = new boolean[width];
            rowSep[0] = true;
            colSep[0] = true;
        }

        /** Last column of the '-'/'+' run starting at (r, c), or c - 1 if there is none. */
        private int hEnd(int r, int c) {
            int[] run = hRun[r];
            if (run == null) {
                run = new int[width + 1];
                for (int k = width - 1; k >= 0; k--) {
                    int ch = grid[r][k];
                    run[k] = ch == '-' || ch == '+' ? run[k + 1] + 1 : 0;
                }
                hRun[r] = run;
            }
            return c + run[c] - 1;
        }

        /** Last line of the '|'/'+' run starting at (r, c), or r - 1 if there is none. */
        private int vEnd(int r, int c) {
            int[] run = vRun[c];
            if (run == null) {
                run = new int[height + 1];
                for (int k = height - 1; k >= 0; k--) {
                    int ch = grid[k][c];
                    run[k] = ch == '|' || ch == '+' ? run[k + 1] + 1 : 0;
                }
                vRun[c] = run;
            }
            return r + run[r] - 1;
        }

        Optional<List<Cell>> scan(int headSep) {
            int bottomLine = height - 1;
            int rightColumn = width - 1;
            PriorityQueue<Long> corners = new PriorityQueue<>();
            corners.add(0L);
            long previous = -1;
            while (!corners.isEmpty()) {
                long corner = corners.poll();
                if (corner == previous) {
                    continue; // same corner queued twice; docutils would skip or fail it again
                }
                previous = corner;
                int top = (int) (corner >>> 32);
                int left = (int) corner;
                if (top == bottomLine || left == rightColumn || top <= done[left]) {
                    continue;
                }
                int[] found = scanCell(top, left);
                if (found == null) {
                    continue;
                }
                int bottom = found[0];
                int right = found[1];
                recordSeparators(top, left, bottom, right);
                for (int c = left; c < right; c++) { // mark_done, including its assertion
                    if (done[c] != top - 1) {
                        return Optional.empty();
                    }
                    done[c] = bottom - 1;
                }
                cells.add(new int[] {top, left, bottom, right});
                corners.add(key(top, right));
                corners.add(key(bottom, left));
            }
            for (int c = 0; c < rightColumn; c++) { // check_parse_complete
                if (done[c] != bottomLine - 1) {
                    return Optional.empty();
                }
            }
            if (headSep > 0 && !rowSep[headSep]) {
                return Optional.empty(); // docutils would fail looking it up among the row boundaries
            }
            return Optional.ofNullable(structure());
        }

        private static long key(int top, int left) {
            return ((long) top << 32) | left;
        }

        /**
         * Finds the cell whose top-left corner is (top, left), as docutils' {@code scan_right}, {@code
         * scan_down}, {@code scan_left} and {@code scan_up} do: the first top-right corner (going right along
         * the top border) for which some bottom-right corner closes a rectangle, and the first such bottom.
         * Instead of rescanning the borders for every candidate, uses the precomputed runs, so a call costs
         * O(cell width + cell height). Returns {bottom, right} or null.
         */
        private int[] scanCell(int top, int left) {
            int topEnd = hEnd(top, left + 1); // scan_right stops at the first char not '-' or '+'
            int leftEnd = vEnd(top + 1, left); // scan_up fails for bottoms beyond leftEnd + 1
            // Candidate bottoms are lines b in (top, leftEnd] with a '+' at (b, left) whose border line
            // b is '-'/'+' from left + 1 through the right corner. As right grows, a candidate that fails the
            // latter stays failed, so one forward-moving pointer finds the first valid bottom for each right.
            int bottom = top + 1;
            for (int right = left + 1; right <= topEnd; right++) {
                if (grid[top][right] != '+') {
                    continue;
                }
                while (bottom <= leftEnd && (grid[bottom][left] != '+' || hEnd(bottom, left + 1) < right)) {
                    bottom++;
                }
                if (bottom > leftEnd) {
                    return null; // no bottom-left corner works for this or any further right
                }
                // scan_down along the right border must reach `bottom` over '|'/'+'; (bottom, right) is then
                // both in that run and in the bottom border's '-'/'+' run, so it is a '+'.
                if (bottom <= vEnd(top + 1, right)) {
                    return new int[] {bottom, right};
                }
            }
            return null;
        }

        /** The row and column boundaries docutils notes while tracing a cell ('+' on its four borders). */
        private void recordSeparators(int top, int left, int bottom, int right) {
            for (int c = left + 1; c <= right; c++) {
                if (grid[top][c] == '+') {
                    colSep[c] = true;
                }
            }
            for (int r = top + 1; r <= bottom; r++) {
                if (grid[r][right] == '+') {
                    rowSep[r] = true;
                }
            }
            for (int c = left + 1; c < right; c++) {
                if (grid[bottom][c] == '+') {
                    colSep[c] = true;
                }
            }
            for (int r = top + 1; r < bottom; r++) {
                if (grid[r][left] == '+') {
                    rowSep[r] = true;
                }
            }
        }

        /** structure_from_cells: grid indices and spans; then the cells' contents. Null if inconsistent. */
        private List<Cell> structure() {
            int[] rowIndex = ranks(rowSep);
            int[] colIndex = ranks(colSep);
            long remaining = (long) rowIndex[height - 1] * colIndex[width - 1];
            List<Cell> result = new ArrayList<>(cells.size());
            for (int[] cell : cells) { // already in (top, left) order: corners are processed in that order
                int top = cell[0];
                int left = cell[1];
                int bottom = cell[2];
                int right = cell[3];
                int rowSpan = rowIndex[bottom] - rowIndex[top];
                int colSpan = colIndex[right] - colIndex[left];
                remaining -= (long) rowSpan * colSpan;
                result.add(cut(top, left, bottom, right, rowIndex[top], colIndex[left], rowSpan, colSpan));
            }
            // Cannot happen once every text column is covered exactly once; docutils asserts it.
            return remaining == 0 ? result : null;
        }

        /** Index of each boundary among all boundaries (only meaningful where {@code seps} is true). */
        private static int[] ranks(boolean[] seps) {
            int[] rank = new int[seps.length];
            int n = 0;
            for (int i = 0; i < seps.length; i++) {
                rank[i] = n;
                if (seps[i]) {
                    n++;
                }
            }
            return rank;
        }

        /**
         * get_2D_block(top + 1, left + 1, bottom, right) with its indentation stripping, then unpadding;
         * read in place from the grid (a big table has many cell lines: no copy of each before its text).
         */
        private Cell cut(int top, int left, int bottom, int right, int row, int column, int rowSpan, int colSpan) {
            int count = bottom - top - 1;
            int[] ends = new int[count]; // where each line's part ends, right-stripped
            int indent = right;
            for (int k = 0; k < count; k++) {
                int[] line = grid[top + 1 + k];
                int end = right;
                while (end > left + 1 && isPythonSpace(line[end - 1])) {
                    end--;
                }
                ends[k] = end;
                int lead = left + 1;
                while (lead < end && isPythonSpace(line[lead])) {
                    lead++;
                }
                if (end > left + 1) {
                    indent = Math.min(indent, lead - (left + 1));
                }
            }
            int strip = indent > 0 && indent < right ? indent : 0;
            List<String> text = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                text.add(unpadded(grid[top + 1 + k], left + 1 + strip, ends[k]));
            }
            return new Cell(row, column, text, top + 1, left + 1 + strip, rowSpan, colSpan);
        }
    }

    /** The code points of {@code line} in [from, to) as text, without the {@link #PAD}s. */
    private static String unpadded(int[] line, int from, int to) {
        if (from >= to) {
            return "";
        }
        for (int k = from; k < to; k++) {
            if (line[k] == PAD) {
                StringBuilder sb = new StringBuilder(to - from);
                for (int j = from; j < to; j++) {
                    if (line[j] != PAD) {
                        sb.appendCodePoint(line[j]);
                    }
                }
                return sb.toString();
            }
        }
        return new String(line, from, to - from);
    }

    /**
     * Whether the (right-stripped) line matches docutils' {@code \+-[-+]+-\+ *$} ({@code fill} '-', the grid
     * table border) or {@code \+=[=+]+=\+ *$} ({@code fill} '=', the head/body separator).
     */
    private static boolean isBorder(int[] line, int fill) {
        int n = line.length;
        if (n < 5 || line[0] != '+' || line[1] != fill || line[n - 2] != fill || line[n - 1] != '+') {
            return false;
        }
        for (int i = 2; i < n - 2; i++) {
            if (line[i] != fill && line[i] != '+') {
                return false;
            }
        }
        return true;
    }

    /** The line's code points, each East Asian wide one followed by {@link #PAD} (pad_double_width). */
    private static int[] padWide(String line) {
        int[] narrow = new int[line.length()];
        for (int i = 0; i < narrow.length; i++) {
            char c = line.charAt(i);
            if (c >= FIRST_WIDE_OR_SURROGATE) {
                return padWideSlow(line);
            }
            narrow[i] = c;
        }
        return narrow; // most lines: one char, one column
    }

    private static int[] padWideSlow(String line) {
        int[] out = new int[line.length() * 2];
        int n = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            out[n++] = cp;
            if (isWide(cp)) {
                out[n++] = PAD;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private static int[] rstrip(int[] line) {
        int n = line.length;
        while (n > 0 && isPythonSpace(line[n - 1])) {
            n--;
        }
        return n == line.length ? line : Arrays.copyOf(line, n);
    }

    /** Python's {@code str.isspace()}, which docutils' strip/lstrip/rstrip use. */
    private static boolean isPythonSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0D)
                || (cp >= 0x1C && cp <= 0x20)
                || cp == 0x85
                || cp == 0xA0
                || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200A)
                || cp == 0x2028
                || cp == 0x2029
                || cp == 0x202F
                || cp == 0x205F
                || cp == 0x3000;
    }

    /** Inclusive ranges of assigned characters with East Asian Width W or F (Unicode 14.0). */
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE,
        0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA,
        0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
        0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAD9,
        0xFE10, 0xFE19, 0xFE30, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF,
        0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E,
        0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440,
        0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595,
        0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5,
        0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947,
        0x1F9FF, 0x1FA70, 0x1FAF6, 0x20000, 0x3134A
    };

    /** Below this, a char is a whole code point and never wide. */
    private static final char FIRST_WIDE_OR_SURROGATE = (char) Math.min(WIDE[0], Character.MIN_SURROGATE);

    /** docutils' column_width: East Asian wide characters count two columns, combining marks none. */
    static int columnWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                width += isWide(cp) ? 2 : 1;
            }
        }
        return width;
    }

    static boolean isWide(int cp) {
        if (cp < WIDE[0]) {
            return false;
        }
        int lo = 0;
        int hi = WIDE.length / 2 - 1;
        while (lo <= hi) { // last range whose start <= cp
            int mid = (lo + hi) >>> 1;
            if (WIDE[2 * mid] <= cp) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return cp <= WIDE[2 * hi + 1];
    }
}
