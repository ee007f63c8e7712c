package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each comment knows its own lines and the lines of the element after it in the same body. */
class CommentSpanTest {
    static List<String> spans(RstDocument doc) {
        return doc.comments().stream()
                .map(c -> c.position() + " " + span(c.lines()) + " -> " + span(c.next()))
                .toList();
    }

    static String span(LineSpan s) {
        return s == null ? "none" : s.first() + "-" + s.last();
    }

    @Test
    void directiveWithOptionsAndContentParagraphAndTable() {
        RstDocument doc = scan(lines(
                ".. a comment",
                "   on two lines",
                "",
                ".. note::",
                "   :class: x",
                "",
                "   Body https://x.example/",
                "",
                ".. second",
                "",
                "A paragraph",
                "over two lines.",
                "",
                ".. third",
                "",
                "=====  =====",
                "a      b",
                "=====  =====",
                "",
                "After."));
        assertThat(spans(doc)).containsExactly("1:1 1-2 -> 4-7", "9:1 9-9 -> 11-12", "14:1 14-14 -> 16-18");
    }

    @Test
    void commentsInARowShareTheNextElementAndAWholeListIsOneElement() {
        RstDocument doc = scan(
                lines(".. one", ".. two", "", "- item one", "", "- item two", "  continued", "", "* other list", ""));
        assertThat(spans(doc)).containsExactly("1:1 1-1 -> 4-7", "2:1 2-2 -> 4-7");
    }

    @Test
    void definitionAndEnumeratedListsAreWholeToo() {
        RstDocument doc = scan(lines(
                ".. c1",
                "",
                "term",
                "   definition",
                "other",
                "   more",
                "",
                ".. c2",
                "",
                "1. a",
                "2. b",
                "",
                "Para."));
        assertThat(spans(doc)).containsExactly("1:1 1-1 -> 3-6", "8:1 8-8 -> 10-11");
    }

    @Test
    void nestedCommentTakesTheNextElementOfItsOwnBodyOnly() {
        RstDocument doc = scan(
                lines(".. note::", "", "   .. inner", "", "   Inner para.", "", "   .. last in body", "", "Outside."));
        assertThat(spans(doc)).containsExactly("3:4 3-3 -> 5-5", "7:4 7-7 -> none");
    }

    @Test
    void commentAtTheEndOfTheFileHasNothingAfterIt() {
        assertThat(spans(scan(lines("Para.", "", ".. end")))).containsExactly("3:1 3-3 -> none");
    }

    @Test
    void sectionTitleIsItsLinesOnly() {
        RstDocument doc = scan(lines(".. c", "", "Title", "=====", "", "Text."));
        assertThat(spans(doc)).containsExactly("1:1 1-1 -> 3-4");
    }
}
