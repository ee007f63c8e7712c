package io.github.docslint.rst;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * SourceText must give the lines docutils' {@code string2lines} gives ({@code \v}/{@code \f} to
 * spaces, Python's {@code splitlines}, {@code expandtabs(8)}, {@code rstrip}); the expected lists
 * below are what Python 3 with docutils 0.19 returns for the same text.
 */
class SourceTextTest {

    @Test
    void splitsWherePythonSplitlinesSplits() {
        SourceText t = SourceText.of("a\tb\r\n\tc  \rd\u000be\ff\u001cg\u0085h\u2028i\n\n");
        assertThat(t.lines()).containsExactly("a       b", "        c", "d e f", "g", "h", "i", "");
    }

    @Test
    void finalLineBreakDoesNotStartALine() {
        // Python gives no line for "" where SourceText gives one blank line; both scan to nothing
        assertThat(SourceText.of("").lines()).allMatch(String::isEmpty);
        assertThat(SourceText.of("\n").lines()).containsExactly("");
        assertThat(SourceText.of("a").lines()).containsExactly("a");
        assertThat(SourceText.of("a\n\n").lines()).containsExactly("a", "");
        assertThat(SourceText.of("a\r\n\r\n").lines()).containsExactly("a", "");
        assertThat(SourceText.of("a\r\r").lines()).containsExactly("a", "");
    }

    @Test
    void tabsExpandToEightColumnStops() {
        SourceText t = SourceText.of("12345\tx\n1234567\ty\n12345678\tz\n\t\tw\n");
        assertThat(t.lines()).containsExactly("12345   x", "1234567 y", "12345678        z", "                w");
    }

    @Test
    void sourceColumnMapsExpandedColumnsBackToCharactersAsWritten() {
        SourceText t = SourceText.of("\tx\nab\tc\nplain\n \t\ty\n");
        // line 0: "\tx" -> x at expanded 8, written as the 2nd character
        assertThat(t.sourceColumn(0, 8)).isEqualTo(2);
        assertThat(t.sourceColumn(0, 0)).isEqualTo(1);
        assertThat(t.sourceColumn(0, 3)).as("inside the tab").isEqualTo(1);
        // line 1: "ab\tc" -> c at expanded 8, 4th character
        assertThat(t.sourceColumn(1, 8)).isEqualTo(4);
        assertThat(t.sourceColumn(1, 1)).isEqualTo(2);
        // a line without tabs maps 1:1
        assertThat(t.sourceColumn(2, 4)).isEqualTo(5);
        // " \t\ty": the space and the first tab fill to 8, the second tab to 16
        assertThat(t.lines().get(3)).isEqualTo("                y");
        assertThat(t.sourceColumn(3, 16)).isEqualTo(4);
        assertThat(t.sourceColumn(3, 8)).isEqualTo(3);
    }

    @Test
    void byteOrderMarkIsRemoved() throws Exception {
        assertThat(SourceText.of("\uFEFF:nosearch:\n").lines()).containsExactly(":nosearch:");
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '\n', 'b', '\n'};
        assertThat(SourceText.decode(bytes, UTF_8).lines()).containsExactly("a", "b");
    }

    @Test
    void decodeKeepsValidText() throws Exception {
        byte[] bytes = "é€ x\r\ny\n".getBytes(UTF_8);
        assertThat(SourceText.decode(bytes, UTF_8).lines()).containsExactly("é€ x", "y");
        byte[] latin = {'c', 'a', 'f', (byte) 0xE9};
        assertThat(SourceText.decode(latin, ISO_8859_1).lines()).containsExactly("café");
    }

    private static MalformedSourceException malformed(byte[] bytes) {
        return catchThrowableOfType(MalformedSourceException.class, () -> SourceText.decode(bytes, UTF_8));
    }

    private static byte[] bytes(String ascii, int... tail) {
        byte[] head = ascii.getBytes(ISO_8859_1);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        for (int i = 0; i < tail.length; i++) {
            all[head.length + i] = (byte) tail[i];
        }
        return all;
    }

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumn() {
        MalformedSourceException e = malformed(bytes("ab\n\tc", 0xFF, 'd'));
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).as("the tab counts as one character").isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("byte 0xFF at offset 5 is not valid UTF-8");
    }

    @Test
    void invalidUtf8OnTheFirstLineAndAfterMultiByteCharacters() {
        MalformedSourceException first = malformed(bytes("", 0xC0, 0xAF));
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.column()).isEqualTo(1);
        // "é€" are two characters (five bytes): the bad byte is the third character
        MalformedSourceException after = malformed(bytes("", 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0x80));
        assertThat(after.line()).isEqualTo(1);
        assertThat(after.column()).isEqualTo(3);
        assertThat(after.getMessage()).isEqualTo("byte 0x80 at offset 5 is not valid UTF-8");
    }

    @Test
    void truncatedSequenceAtEndOfFile() {
        MalformedSourceException e = malformed(bytes("x\nabc", 0xE2, 0x82));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(4);
    }

    @Test
    void invalidUtf8AfterBomAndCrlf() {
        MalformedSourceException bom = malformed(bytes("", 0xEF, 0xBB, 0xBF, 'a', 'b', 0xFF));
        assertThat(bom.line()).isEqualTo(1);
        assertThat(bom.column()).as("the BOM is not a column").isEqualTo(3);
        MalformedSourceException crlf = malformed(bytes("a\r\nbc", 0xFF));
        assertThat(crlf.line()).isEqualTo(2);
        assertThat(crlf.column()).isEqualTo(3);
    }

    @Test
    void invalidUtf8AfterLoneCarriageReturns() {
        // SourceText.of splits "a\rbc" into two lines (as docutils does); the error must use the same lines
        MalformedSourceException e = malformed(bytes("a\rbc", 0xFF));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void trailingNoBreakSpacesAreStrippedLikePythonRstrip() {
        SourceText t = SourceText.of("ab\u00a0\nx\u2007\ny\u202f\nz\u3000\n");
        assertThat(t.lines()).containsExactly("ab", "x", "y", "z");
    }

    /** Pieces of UTF-8 files: line breaks, tabs, spaces, multi-byte text. */
    private static final String[] PIECES = {
        "a", "word ", "\t", "\u000b", "\f", " ", "\u001f", "\n", "\r", "\r\n", "\u001c", "\u001d", "\u001e", "\u00a0",
        "\u3000", "\u2007", "é", "“q”", "\uFEFF", "😀", "中", "\u0000", "\u00c2", "\u2027", "\u0084"
    };

    /** Rarer pieces, which send a file to the whole-file decoder: non-ASCII line breaks, U+FFFD. */
    private static final String[] RARE = {"\u0085", "\u2028", "\u2029", "\uFFFD"};

    private static final int[][] BAD_BYTES = {{0xFF}, {0xC2}, {0xE2, 0x80}, {0x80}, {0xED, 0xA0, 0x80}, {0xC0, 0xAF}};

    /** The UTF-8 byte splitter must give what the whole-file decoder gives: lines, tab columns, errors. */
    @Test
    void utf8FastPathAgreesWithTheWholeFileDecoder() throws Exception {
        Random random = new Random(5);
        for (int t = 0; t < 3000; t++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (random.nextInt(8) == 0) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            for (int k = random.nextInt(30); k > 0; k--) {
                int dice = random.nextInt(80);
                if (dice == 0) {
                    out.write(RARE[random.nextInt(RARE.length)].getBytes(UTF_8));
                } else if (dice == 1) {
                    for (int b : BAD_BYTES[random.nextInt(BAD_BYTES.length)]) {
                        out.write(b);
                    }
                } else {
                    out.write(PIECES[random.nextInt(PIECES.length)].getBytes(UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            SourceText fast = null;
            SourceText whole = null;
            MalformedSourceException fastError = null;
            MalformedSourceException wholeError = null;
            try {
                fast = SourceText.decode(bytes, UTF_8);
            } catch (MalformedSourceException e) {
                fastError = e;
            }
            try {
                whole = SourceText.decodeWhole(bytes, UTF_8);
            } catch (MalformedSourceException e) {
                wholeError = e;
            }
            String input = java.util.HexFormat.of().formatHex(bytes);
            if (wholeError != null) {
                assertThat(fastError).as(input).isNotNull();
                assertThat(fastError.getMessage()).as(input).isEqualTo(wholeError.getMessage());
                assertThat(fastError.line()).as(input).isEqualTo(wholeError.line());
                assertThat(fastError.column()).as(input).isEqualTo(wholeError.column());
                continue;
            }
            assertThat(fastError).as(input).isNull();
            assertThat(fast.lines()).as(input).isEqualTo(whole.lines());
            for (int line = 0; line < whole.lineCount(); line++) {
                for (int col = 0; col <= whole.lines().get(line).length() + 1; col++) {
                    assertThat(fast.sourceColumn(line, col)).as(input).isEqualTo(whole.sourceColumn(line, col));
                }
            }
        }
    }
}
