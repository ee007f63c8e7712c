package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rst.GridTable.Cell;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GridTableTest {

    static List<String> block(String text) {
        return text.lines().toList();
    }

    static List<Cell> parseOk(List<String> block) {
        Optional<List<Cell>> cells = GridTable.parse(block);
        assertThat(cells).as("parse result").isPresent();
        assertContentMatchesSource(block, cells.get());
        return cells.get();
    }

    /** Every content line must be found in the block at (firstLine + i, firstColumn). */
    static void assertContentMatchesSource(List<String> block, List<Cell> cells) {
        for (Cell cell : cells) {
            for (int i = 0; i < cell.lines().size(); i++) {
                String text = cell.lines().get(i);
                String source = block.get(cell.firstLine() + i);
                int start = GridTable.charIndex(source, cell.firstColumn());
                assertThat(source.substring(start))
                        .as("line %d of cell %s", i, cell)
                        .startsWith(text);
            }
        }
    }

    static void assertCell(
            Cell cell, int row, int column, int firstLine, int firstColumn, int rowSpan, int colSpan, String... lines) {
        assertThat(cell.lines()).as("lines of %s", cell).containsExactly(lines);
        assertThat(new int[] {cell.row(), cell.column(), cell.firstLine(), cell.firstColumn()})
                .as("row, column, firstLine, firstColumn of %s", cell)
                .containsExactly(row, column, firstLine, firstColumn);
        assertThat(new int[] {cell.rowSpan(), cell.colSpan()})
                .as("spans of %s", cell)
                .containsExactly(rowSpan, colSpan);
    }

    @Test
    void simpleTwoByTwo() {
        List<Cell> cells = parseOk(block("""
                +-----+-----+
                | a   | b   |
                +-----+-----+
                | c   | d   |
                +-----+-----+
                """));
        assertThat(cells).hasSize(4);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "a");
        assertCell(cells.get(1), 0, 1, 1, 8, 1, 1, "b");
        assertCell(cells.get(2), 1, 0, 3, 2, 1, 1, "c");
        assertCell(cells.get(3), 1, 1, 3, 8, 1, 1, "d");
    }

    @Test
    void trailingWhitespaceOnLinesIsIgnored() {
        List<Cell> cells = parseOk(List.of("+---+---+  ", "| a | b |\t", "+---+---+ "));
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "a");
        assertCell(cells.get(1), 0, 1, 1, 6, 1, 1, "b");
    }

    @Test
    void headerSeparator() {
        List<Cell> cells = parseOk(block("""
                +------+------+
                | H1   | H2   |
                | more |      |
                +======+======+
                | b1   | b2   |
                +------+------+
                | c1   | c2   |
                +------+------+
                """));
        assertThat(cells).hasSize(6);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "H1", "more");
        assertCell(cells.get(1), 0, 1, 1, 9, 1, 1, "H2", "");
        assertCell(cells.get(2), 1, 0, 4, 2, 1, 1, "b1");
        assertCell(cells.get(3), 1, 1, 4, 9, 1, 1, "b2");
        assertCell(cells.get(4), 2, 0, 6, 2, 1, 1, "c1");
        assertCell(cells.get(5), 2, 1, 6, 9, 1, 1, "c2");
    }

    @Test
    void headerSeparatorUnderAColumnSpan() {
        List<Cell> cells = parseOk(block("""
                +---------+
                | Title   |
                +====+====+
                | a  | b  |
                +----+----+
                """));
        assertThat(cells).hasSize(3);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 2, "Title");
        assertCell(cells.get(1), 1, 0, 3, 2, 1, 1, "a");
        assertCell(cells.get(2), 1, 1, 3, 7, 1, 1, "b");
    }

    /** The example of docutils' GridTableParser docstring, with the structure it documents. */
    @Test
    void docutilsExampleWithRowAndColumnSpans() {
        List<String> block = block("""
                +------------------------+------------+----------+----------+
                | Header row, column 1   | Header 2   | Header 3 | Header 4 |
                +========================+============+==========+==========+
                | body row 1, column 1   | column 2   | column 3 | column 4 |
                +------------------------+------------+----------+----------+
                | body row 2             | Cells may span columns.          |
                +------------------------+------------+---------------------+
                | body row 3             | Cells may  | - Table cells       |
                +------------------------+ span rows. | - contain           |
                | body row 4             |            | - body elements.    |
                +------------------------+------------+---------------------+
                """);
        List<Cell> cells = parseOk(block);
        assertThat(cells).hasSize(14);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "Header row, column 1");
        assertCell(cells.get(1), 0, 1, 1, 27, 1, 1, "Header 2");
        assertCell(cells.get(2), 0, 2, 1, 40, 1, 1, "Header 3");
        assertCell(cells.get(3), 0, 3, 1, 51, 1, 1, "Header 4");
        assertCell(cells.get(4), 1, 0, 3, 2, 1, 1, "body row 1, column 1");
        assertCell(cells.get(5), 1, 1, 3, 27, 1, 1, "column 2");
        assertCell(cells.get(6), 1, 2, 3, 40, 1, 1, "column 3");
        assertCell(cells.get(7), 1, 3, 3, 51, 1, 1, "column 4");
        assertCell(cells.get(8), 2, 0, 5, 2, 1, 1, "body row 2");
        // column span over three columns
        assertCell(cells.get(9), 2, 1, 5, 27, 1, 3, "Cells may span columns.");
        assertCell(cells.get(10), 3, 0, 7, 2, 1, 1, "body row 3");
        // row span: the text on the neighbour's separator line (line 8) is content, the separator is not
        assertCell(cells.get(11), 3, 1, 7, 27, 2, 1, "Cells may", "span rows.", "");
        // spans two rows and, as the top border has no '+' at column 49, two columns
        assertCell(cells.get(12), 3, 2, 7, 40, 2, 2, "- Table cells", "- contain", "- body elements.");
        assertCell(cells.get(13), 4, 0, 9, 2, 1, 1, "body row 4");
        assertThat(cells.get(11).lines()).noneMatch(line -> line.contains("-") || line.contains("+"));
    }

    @Test
    void rowSpanCollectsTextOfAllSpannedRows() {
        List<Cell> cells = parseOk(block("""
                +--------+--------+
                | spans  | one    |
                | two    |        |
                | rows   +--------+
                | here   | two    |
                +--------+--------+
                """));
        assertThat(cells).hasSize(3);
        assertCell(cells.get(0), 0, 0, 1, 2, 2, 1, "spans", "two", "rows", "here");
        assertCell(cells.get(1), 0, 1, 1, 11, 1, 1, "one", "");
        assertCell(cells.get(2), 1, 1, 4, 11, 1, 1, "two");
    }

    @Test
    void urlSplitAcrossTwoLinesStaysIntact() {
        List<String> block = block("""
                +---------------------------+-----+
                | See `the docs             | y   |
                | <https://example.com/a/   |     |
                | b/>`_ for details.        |     |
                +---------------------------+-----+
                """);
        List<Cell> cells = parseOk(block);
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "See `the docs", "<https://example.com/a/", "b/>`_ for details.");
        assertCell(cells.get(1), 0, 1, 1, 30, 1, 1, "y", "", "");
        Cell cell = cells.get(0);
        assertThat(block.get(cell.firstLine() + 1).substring(cell.firstColumn()))
                .startsWith("<https://example.com/a/");
        assertThat(block.get(cell.firstLine() + 2).substring(cell.firstColumn()))
                .startsWith("b/>`_");
    }

    @Test
    void indentedContentKeepsRelativeIndentation() {
        List<Cell> cells = parseOk(block("""
                +------------------------+----------------------+
                | - item one             |                      |
                |                        |   .. image:: x.png   |
                |   still item one       |      :alt: y         |
                | - item two             |                      |
                +------------------------+----------------------+
                """));
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "- item one", "", "  still item one", "- item two");
        // common indentation of 3 removed; the blank first line does not count and is kept
        assertCell(cells.get(1), 0, 1, 1, 29, 1, 1, "", ".. image:: x.png", "   :alt: y", "");
    }

    @Test
    void contentFlushWithTheBorderHasNoIndentation() {
        List<Cell> cells = parseOk(block("""
                +-----+------+
                |abc  |  x   |
                |  d  |   y  |
                +-----+------+
                """));
        assertCell(cells.get(0), 0, 0, 1, 1, 1, 1, "abc", "  d");
        assertCell(cells.get(1), 0, 1, 1, 9, 1, 1, "x", " y");
    }

    @Test
    void emptyCells() {
        List<Cell> cells = parseOk(block("""
                +-----+-----+
                |     | b   |
                +-----+-----+
                |     |     |
                |     |     |
                +-----+-----+
                """));
        assertThat(cells).hasSize(4);
        assertCell(cells.get(0), 0, 0, 1, 1, 1, 1, "");
        assertCell(cells.get(1), 0, 1, 1, 8, 1, 1, "b");
        assertCell(cells.get(2), 1, 0, 3, 1, 1, 1, "", "");
        assertCell(cells.get(3), 1, 1, 3, 7, 1, 1, "", "");
    }

    @Test
    void cellsWithoutContentLines() {
        List<Cell> cells = parseOk(List.of("+--+--+", "+--+--+"));
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 1, 1, 1);
        assertCell(cells.get(1), 0, 1, 1, 4, 1, 1);
    }

    @Test
    void aSingleBorderLineIsATableWithoutCells() {
        // docutils builds an empty table from it
        assertThat(GridTable.parse(List.of("+-----+"))).hasValue(List.of());
    }

    @Test
    void borderCharactersInsideContentAreText() {
        List<Cell> cells = parseOk(block("""
                +-------+-----+
                | a | b | --- |
                | +-+   | x+y |
                +-------+-----+
                """));
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "a | b", "+-+");
        assertCell(cells.get(1), 0, 1, 1, 10, 1, 1, "---", "x+y");
    }

    @Test
    void eastAsianWideCharactersTakeTwoColumns() {
        List<String> block = block("""
                +------+------+
                | 中文 | b    |
                | x    | 日本 |
                +------+------+
                """);
        List<Cell> cells = parseOk(block);
        assertThat(cells).hasSize(2);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "中文", "x");
        assertCell(cells.get(1), 0, 1, 1, 9, 1, 1, "b", "日本");
        // column 9 is char 7 on the line with two wide characters before it, char 9 on the other one
        assertThat(GridTable.charIndex(block.get(1), 9)).isEqualTo(7);
        assertThat(GridTable.charIndex(block.get(2), 9)).isEqualTo(9);
        assertThat(GridTable.charIndex(block.get(2), 99)).isEqualTo(block.get(2).length());
    }

    @Test
    void wideCharactersAlignedByCharCountAreRagged() {
        assertThat(GridTable.parse(block("""
                +----+---+
                | 中文 | b |
                +----+---+
                """))).isEmpty();
    }

    @Test
    void supplementaryCharactersCountAsOneColumn() {
        // U+1D400 is two Java chars but one code point (and not wide)
        List<String> block = List.of("+---+---+", "| \uD835\uDC00 | b |", "+---+---+");
        List<Cell> cells = parseOk(block);
        assertCell(cells.get(0), 0, 0, 1, 2, 1, 1, "\uD835\uDC00");
        assertCell(cells.get(1), 0, 1, 1, 6, 1, 1, "b");
    }

    @Test
    void raggedRightEdgeIsMalformed() {
        assertThat(GridTable.parse(block("""
                +-----+-----+
                | a   | b    |
                +-----+-----+
                """))).isEmpty();
        assertThat(GridTable.parse(block("""
                +-----+-----+
                | a   | b   x
                +-----+-----+
                """))).isEmpty();
    }

    @Test
    void missingBottomBorderIsMalformed() {
        assertThat(GridTable.parse(block("""
                +-----+-----+
                | a   | b   |
                +-----+-----+
                | c   | d   |
                """))).isEmpty();
        assertThat(GridTable.parse(block("""
                +-----+
                | a   |
                +=====+
                """))).isEmpty();
    }

    @Test
    void topLineMustBeABorder() {
        assertThat(GridTable.parse(block("""
                | a   | b   |
                +-----+-----+
                """))).isEmpty();
        assertThat(GridTable.parse(List.of("+=====+", "| a   |", "+-----+"))).isEmpty();
        assertThat(GridTable.parse(List.of("+++", "|a|", "+++"))).isEmpty();
    }

    @Test
    void cellsThatDoNotCloseAreMalformed() {
        assertThat(GridTable.parse(block("""
                +-----+-----+
                | a   | b   |
                +-----+     |
                | c   |     |
                +-----------+
                """))).isEmpty();
    }

    @Test
    void overlappingCellsAreMalformed() {
        // docutils fails an internal assertion on this table (cell "b" would overlap the one at the right)
        assertThat(GridTable.parse(block("""
                +-----+-----------+
                | a   |           |
                +-----+-----+     |
                | b         |     |
                +-----------+-----+
                """))).isEmpty();
    }

    @Test
    void onlyOneHeadSeparatorAllowed() {
        assertThat(GridTable.parse(block("""
                +-----+
                | a   |
                +=====+
                | b   |
                +=====+
                | c   |
                +-----+
                """))).isEmpty();
    }

    @Test
    void linesOutsideTheContractAreMalformed() {
        assertThat(GridTable.parse(List.of())).isEmpty();
        assertThat(GridTable.parse(null)).isEmpty();
        assertThat(GridTable.parse(List.of("+---+", "", "+---+"))).isEmpty();
        assertThat(GridTable.parse(List.of("+---+", " | a |", "+---+"))).isEmpty();
        assertThat(GridTable.parse(List.of("+---+", "x a |", "+---+"))).isEmpty();
        assertThat(GridTable.parse(Arrays.asList("+---+", null, "+---+"))).isEmpty();
    }

    @Test
    void bigTableWithSpans() {
        int rows = 2000;
        List<String> block = new ArrayList<>();
        block.add("+----------+------------+");
        for (int r = 0; r < rows; r++) {
            // every tenth row, the left cell spans it and the next row
            boolean spanStart = r % 10 == 0;
            boolean spanEnd = r % 10 == 1;
            String left = spanEnd ? String.format("| %-8s ", "cont" + r) : String.format("| %-8s ", "r" + r);
            block.add(left + String.format("| %-10s |", "c" + r));
            block.add(spanStart ? "|          +------------+" : "+----------+------------+");
        }
        List<Cell> cells = parseOk(block);
        assertThat(cells).hasSize(2 * rows - rows / 10);
        int i = 0;
        for (int r = 0; r < rows; r++) {
            int line = 1 + 2 * r;
            if (r % 10 == 0) {
                assertCell(cells.get(i++), r, 0, line, 2, 2, 1, "r" + r, "", "cont" + (r + 1));
            } else if (r % 10 != 1) {
                assertCell(cells.get(i++), r, 0, line, 2, 1, 1, "r" + r);
            }
            assertCell(cells.get(i++), r, 1, line, 13, 1, 1, "c" + r);
        }
        assertThat(i).isEqualTo(cells.size());
    }
}
