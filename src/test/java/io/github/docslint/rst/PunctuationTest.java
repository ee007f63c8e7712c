package io.github.docslint.rst;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    /** The ASCII shortcuts must say what the Unicode tables say (docutils' \s and \w). */
    @Test
    void asciiShortcutsAgreeWithTheUnicodeTables() {
        for (char c = 0; c < 0x100; c++) {
            int type = Character.getType(c);
            assertThat(Punctuation.isSpace(c))
                    .as("isSpace U+%04X", (int) c)
                    .isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
            assertThat(Punctuation.isNameChar(c))
                    .as("isNameChar U+%04X", (int) c)
                    .isEqualTo(c != '_'
                            && (Character.isLetterOrDigit(c)
                                    || type == Character.LETTER_NUMBER
                                    || type == Character.OTHER_NUMBER));
        }
    }
}
