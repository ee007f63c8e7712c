package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.docslint.rst.GridTable.Cell;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated tables: known structure comes back; mutated tables never throw nor hang. */
class GridTableRandomTest {

    /** A generated table and the cells it must parse into. */
    record Generated(List<String> lines, List<Cell> expected) {}

    /**
     * Draws an R x C grid, merges some rectangles into spanning cells and fills every cell with random,
     * randomly indented words. Every intersection on the outer border is a '+', so all grid boundaries exist.
     */
    static Generated generate(Random rnd) {
        int rows = 1 + rnd.nextInt(5);
        int cols = 1 + rnd.nextInt(4);
        int[][] owner = new int[rows][cols]; // id = r * cols + c of the top-left grid cell
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                owner[r][c] = r * cols + c;
            }
        }
        for (int k = rnd.nextInt(4); k > 0; k--) {
            int r0 = rnd.nextInt(rows);
            int c0 = rnd.nextInt(cols);
            int r1 = r0 + rnd.nextInt(rows - r0);
            int c1 = c0 + rnd.nextInt(cols - c0);
            boolean free = true;
            for (int r = r0; r <= r1; r++) {
                for (int c = c0; c <= c1; c++) {
                    free &= owner[r][c] == r * cols + c && !isReferenced(owner, r * cols + c, r, c);
                }
            }
            if (free) {
                for (int r = r0; r <= r1; r++) {
                    for (int c = c0; c <= c1; c++) {
                        owner[r][c] = r0 * cols + c0;
                    }
                }
            }
        }
        int[] rowPos = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
            rowPos[r + 1] = rowPos[r] + 2 + rnd.nextInt(3); // no empty rows: they'd make spans ambiguous
        }
        int[] colPos = new int[cols + 1];
        for (int c = 0; c < cols; c++) {
            colPos[c + 1] = colPos[c] + 4 + rnd.nextInt(6); // a border is at least "+---+"
        }
        int height = rowPos[rows] + 1;
        int width = colPos[cols] + 1;
        char[][] g = new char[height][width];
        for (char[] line : g) {
            java.util.Arrays.fill(line, ' ');
        }
        // borders
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = boundaryIndex(rowPos, y);
                int j = boundaryIndex(colPos, x);
                if (i >= 0 && j >= 0) {
                    boolean horizontal = (j > 0 && differs(owner, i - 1, j - 1, i, j - 1))
                            || (j < cols && differs(owner, i - 1, j, i, j));
                    boolean vertical = (i > 0 && differs(owner, i - 1, j - 1, i - 1, j))
                            || (i < rows && differs(owner, i, j - 1, i, j));
                    boolean outer = y == 0 || y == height - 1 || x == 0 || x == width - 1;
                    g[y][x] = horizontal || outer ? '+' : vertical ? '|' : ' ';
                } else if (i >= 0) {
                    int c = cellIndex(colPos, x);
                    g[y][x] = differs(owner, i - 1, c, i, c) ? '-' : ' ';
                } else if (j >= 0) {
                    int r = cellIndex(rowPos, y);
                    g[y][x] = differs(owner, r, j - 1, r, j) ? '|' : ' ';
                }
            }
        }
        // cells and their content
        List<Cell> expected = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] != r * cols + c) {
                    continue;
                }
                int r1 = r;
                while (r1 + 1 < rows && owner[r1 + 1][c] == owner[r][c]) {
                    r1++;
                }
                int c1 = c;
                while (c1 + 1 < cols && owner[r][c1 + 1] == owner[r][c]) {
                    c1++;
                }
                int left = colPos[c];
                int innerWidth = colPos[c1 + 1] - left - 1;
                List<String> raw = new ArrayList<>();
                for (int y = rowPos[r] + 1; y < rowPos[r1 + 1]; y++) {
                    String text = rnd.nextInt(4) == 0 ? "" : randomText(rnd, innerWidth);
                    for (int k = 0; k < text.length(); k++) {
                        int x = left + 1 + k;
                        char ch = text.charAt(k);
                        // '|' or '+' on a spanned column boundary could split the cell: keep it unambiguous
                        boolean onBoundary = boundaryIndex(colPos, x) >= 0;
                        g[y][x] = onBoundary && (ch == '|' || ch == '+') ? '.' : ch;
                        if (g[y][x] != ch) {
                            text = text.substring(0, k) + '.' + text.substring(k + 1);
                        }
                    }
                    raw.add(text.stripTrailing());
                }
                int indent = raw.stream()
                        .filter(s -> !s.isEmpty())
                        .mapToInt(s -> s.length() - s.stripLeading().length())
                        .min()
                        .orElse(0);
                List<String> lines = raw.stream()
                        .map(s -> s.isEmpty() ? s : s.substring(indent))
                        .toList();
                expected.add(new Cell(r, c, lines, rowPos[r] + 1, left + 1 + indent, r1 - r + 1, c1 - c + 1));
            }
        }
        List<String> lines = new ArrayList<>();
        for (char[] line : g) {
            lines.add(new String(line));
        }
        return new Generated(lines, expected);
    }

    private static boolean isReferenced(int[][] owner, int id, int row, int col) {
        for (int r = 0; r < owner.length; r++) {
            for (int c = 0; c < owner[r].length; c++) {
                if (owner[r][c] == id && (r != row || c != col)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether grid cells (r0, c0) and (r1, c1) belong to different table cells; outside counts as different. */
    private static boolean differs(int[][] owner, int r0, int c0, int r1, int c1) {
        boolean in0 = r0 >= 0 && r0 < owner.length && c0 >= 0 && c0 < owner[0].length;
        boolean in1 = r1 >= 0 && r1 < owner.length && c1 >= 0 && c1 < owner[0].length;
        return in0 != in1 || (in0 && owner[r0][c0] != owner[r1][c1]);
    }

    private static int boundaryIndex(int[] pos, int p) {
        return java.util.Arrays.binarySearch(pos, p);
    }

    private static int cellIndex(int[] pos, int p) {
        return -java.util.Arrays.binarySearch(pos, p) - 2;
    }

    /** Words (which may contain '-', '+', '|', '=', '<', '/') at a random indentation, shorter than width. */
    private static String randomText(Random rnd, int width) {
        StringBuilder sb = new StringBuilder(" ".repeat(rnd.nextInt(width)));
        String alphabet = "abcdefxyz<>/:._`+-|=";
        while (sb.length() < width - 1 && rnd.nextInt(6) != 0) {
            sb.append(rnd.nextInt(4) == 0 ? ' ' : alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.length() >= width ? sb.substring(0, width - 1) : sb.toString();
    }

    @Test
    void generatedTablesParseIntoTheirCells() {
        for (int seed = 0; seed < 3000; seed++) {
            Generated table = generate(new Random(seed));
            assertThat(GridTable.parse(table.lines()))
                    .as("seed %d:%n%s", seed, String.join("\n", table.lines()))
                    .hasValue(table.expected());
        }
    }

    @Test
    void mutatedTablesNeverThrowNorHang() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            int parsed = 0;
            for (int seed = 0; seed < 20_000; seed++) {
                Random rnd = new Random(seed);
                List<String> lines = mutate(rnd, generate(rnd).lines());
                Optional<List<Cell>> cells = GridTable.parse(lines);
                if (cells.isPresent()) {
                    parsed++;
                    checkInvariants(lines, cells.get());
                }
            }
            // most mutations are harmless (they hit cell content) or are still parseable
            assertThat(parsed).isBetween(1_000, 19_999);
        });
    }

    private static List<String> mutate(Random rnd, List<String> original) {
        List<String> lines = new ArrayList<>(original);
        for (int k = 1 + rnd.nextInt(3); k > 0 && !lines.isEmpty(); k--) {
            int y = rnd.nextInt(lines.size());
            String line = lines.get(y);
            switch (rnd.nextInt(7)) {
                case 0, 1, 2 -> {
                    int x = rnd.nextInt(Math.max(1, line.length()));
                    String replacements = "+-|= a\u4e2d\t";
                    char ch = replacements.charAt(rnd.nextInt(replacements.length()));
                    lines.set(
                            y, line.isEmpty() ? String.valueOf(ch) : line.substring(0, x) + ch + line.substring(x + 1));
                }
                case 3 -> lines.remove(y);
                case 4 -> lines.add(y, line);
                case 5 -> lines.set(y, line.isEmpty() ? line : line.substring(0, line.length() - 1));
                default -> lines.set(y, line + "+| ".charAt(rnd.nextInt(3)));
            }
        }
        return lines;
    }

    private static void checkInvariants(List<String> lines, List<Cell> cells) {
        GridTableTest.assertContentMatchesSource(lines, cells);
        Cell previous = null;
        for (Cell cell : cells) {
            assertThat(cell.rowSpan()).isPositive();
            assertThat(cell.colSpan()).isPositive();
            assertThat(cell.firstLine()).isPositive();
            assertThat(cell.firstLine() + cell.lines().size()).isLessThan(lines.size());
            if (previous != null) {
                assertThat(cell.row() > previous.row()
                                || (cell.row() == previous.row() && cell.column() > previous.column()))
                        .as("order of %s after %s", cell, previous)
                        .isTrue();
            }
            previous = cell;
        }
    }

    /**
     * The corner right of the first cell has a long top border, right borders full of '+' and bottom lines
     * that close from the right, but its left border breaks just below that cell: docutils tries every
     * (top-right, bottom-right) pair with a full scan each (cubic in the table size), then reports the table
     * as malformed. This must stay fast.
     */
    @Test
    void pathologicalTableIsRejectedPromptly() {
        int n = 1000;
        String lattice = "-+".repeat(n);
        List<String> lines = new ArrayList<>();
        lines.add("+-+" + lattice);
        lines.add("| |" + lattice);
        lines.add("+-+ +" + "-+".repeat(n - 1));
        lines.add("|  " + lattice);
        for (int y = 4; y < n; y++) {
            lines.add("| +" + lattice);
        }
        lines.add("+-+" + lattice);
        assertTimeoutPreemptively(
                Duration.ofSeconds(10), () -> assertThat(GridTable.parse(lines)).isEmpty());
    }
}
