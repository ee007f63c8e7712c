package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {
    /** The regex-free collapse must give what String.join(" ", s.split("\\s+")) gives on stripped text. */
    @Test
    void collapseWhitespaceAgreesWithTheRegexSplit() {
        String[] pieces = {"a", "Bc", " ", "  ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u2003", "-", "é"};
        Random random = new Random(7);
        for (int t = 0; t < 5000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString().strip();
            assertThat(Text.collapseWhitespace(s)).as("[%s]", s).isEqualTo(String.join(" ", s.split("\\s+")));
        }
    }

    @Test
    void collapseWhitespaceKeepsTextWithNothingToChange() {
        String s = "a b c";
        assertThat(Text.collapseWhitespace(s)).isSameAs(s);
        assertThat(Text.collapseWhitespace("a \t b\n\nc")).isEqualTo("a b c");
    }
}
