package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Enumerated-list markers: docutils takes a marker for a list item only when the next line is blank,
 * indented, or starts with the next enumerator or the auto-enumerator. Whether docutils 0.19 makes a
 * list of each two-line text below was checked; a list shows here as an image found in item 2.
 */
class EnumeratorTest {

    @Test
    void markersAndTheirSuccessors() {
        assertThat(Enumerator.parse("1. x")).isEqualTo(new Enumerator(3, java.util.List.of("2. ", "#. ")));
        assertThat(Enumerator.parse("(a)   x")).isEqualTo(new Enumerator(6, java.util.List.of("(b) ", "(#) ")));
        assertThat(Enumerator.parse("iv) x").successors()).containsExactly("v) ", "#) ");
        assertThat(Enumerator.parse("#. x").successors()).containsExactly("#. ");
        assertThat(Enumerator.parse("v. x").successors())
                .as("a lone v is alphabetic")
                .containsExactly("w. ", "#. ");
        assertThat(Enumerator.parse("i. x").successors())
                .as("a lone i is roman")
                .containsExactly("ii. ", "#. ");
        assertThat(Enumerator.parse("I. x").successors()).containsExactly("II. ", "#. ");
        assertThat(Enumerator.parse("XLIX. x").successors()).containsExactly("L. ", "#. ");
        assertThat(Enumerator.parse("0. x").successors()).containsExactly("1. ", "#. ");
        assertThat(Enumerator.parse("1.").end()).isEqualTo(2);
    }

    @Test
    void notMarkers() {
        assertThat(Enumerator.parse("1.5 x")).isNull();
        assertThat(Enumerator.parse("1.x")).isNull();
        assertThat(Enumerator.parse("(1 x")).isNull();
        assertThat(Enumerator.parse("ab. x")).isNull();
        assertThat(Enumerator.parse("IIII. x")).isNull();
        assertThat(Enumerator.parse("(a. x")).isNull();
        assertThat(Enumerator.parse("a: x")).isNull();
    }

    @ParameterizedTest(name = "{0} / {1}: list={2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1. x|2.|true",
                "(a) x|(b)|true",
                "iv) x|v)|true",
                "#. x|#.|true",
                "A. Smith|B.|true",
                "v. x|w.|true",
                "v. x|vi.|false",
                "i. x|ii.|true",
                "I. x|II.|true",
                "0. x|1.|true",
                "10) x|11)|true",
                "1. x|3.|false",
                "1) x|2.|false",
                "(1) x|(2)|true",
                "1. x|#.|true"
            })
    void aMarkerIsAListItemWhenTheNextLineContinuesTheList(String first, String next, boolean list) {
        RstDocument doc = scan(lines(first, next + " .. image:: a.png"));
        if (list) {
            assertThat(images(doc)).hasSize(1);
            assertThat(doc.images().get(0).position().line()).isEqualTo(2);
        } else {
            assertThat(images(doc)).as("a paragraph of two lines").isEmpty();
        }
    }

    @Test
    void markerFollowedByABlankOrIndentedLineOrTheEnd() {
        assertThat(images(scan(lines("MMMM. x", "", "      .. image:: a.png")))).hasSize(1);
        assertThat(images(scan(lines("A. x", "   y", "", "   .. image:: a.png"))))
                .hasSize(1);
        assertThat(images(scan(lines("Text", "", "A. .. image:: a.png")))).hasSize(1);
    }

    @Test
    void noSuccessorAfterZ() {
        assertThat(Enumerator.parse("z. x").successors()).isEmpty();
        assertThat(images(scan(lines("z. x", "#. .. image:: a.png")))).isEmpty();
    }
}
