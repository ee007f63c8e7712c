package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Block.indented must cut what docutils' StringList.get_indented cuts; each expectation is what
 * docutils 0.19 returns for the same lines and arguments (block, indent, lines consumed).
 */
class BlockTest {

    private static Block.Indented indented(List<String> lines, boolean untilBlank, int blockIndent, int firstIndent) {
        return Block.of(lines).indented(0, untilBlank, blockIndent, firstIndent);
    }

    private static List<String> text(Block b) {
        return List.of(b.text);
    }

    @Test
    void smallestIndentationIsRemoved() {
        Block.Indented q = indented(List.of("  a", "    b", "", "  c", "d"), false, -1, -1);
        assertThat(text(q.block())).containsExactly("a", "  b", "", "c");
        assertThat(q.indent()).isEqualTo(2);
        assertThat(q.end()).isEqualTo(4);
        // columns record what was removed, lines where each line came from
        assertThat(q.block().col).containsExactly(2, 2, 0, 2);
        assertThat(q.block().line).containsExactly(0, 1, 2, 3);
    }

    @Test
    void untilBlank() {
        Block.Indented q = indented(List.of("  a", "    b", "", "  c", "d"), true, -1, -1);
        assertThat(text(q.block())).containsExactly("a", "  b");
        assertThat(q.end()).isEqualTo(2);
    }

    @Test
    void knownIndentEndsAtALessIndentedLine() {
        // a list item: every line needs the item's indentation, the first line is cut there too
        Block.Indented q = indented(List.of("- item", "  more", "   deeper", " less", "x"), false, 2, -1);
        assertThat(text(q.block())).containsExactly("item", "more", " deeper");
        assertThat(q.end()).isEqualTo(3);
    }

    @Test
    void firstLineCutAtTheMarkerTheRestAtTheirSmallestIndent() {
        // a field body: the first line after the marker, the others lose their smallest indentation
        Block.Indented q = indented(List.of(":f: body", "    x", "  y", "", "z"), false, -1, 4);
        assertThat(text(q.block())).containsExactly("body", "  x", "y", "");
        assertThat(q.indent()).isEqualTo(2);
        assertThat(q.end()).isEqualTo(4);
        assertThat(q.block().col).containsExactly(4, 2, 2, 0);
    }

    @Test
    void leadingBlankLinesAreKept() {
        Block.Indented q = indented(List.of("", "   a", "", "", "b"), false, -1, -1);
        assertThat(text(q.block())).containsExactly("", "a", "", "");
        assertThat(q.indent()).isEqualTo(3);
        assertThat(text(q.block().trimmed())).containsExactly("a");
    }
}
