package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.links;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Text docutils does not render as rst: {@code ::} literal blocks (expanded, partial, quoted),
 * doctest blocks and comments. Expectations are docutils 0.19's for the same text.
 */
class LiteralAndCommentTest {

    private static String literal(LiteralBlock b) {
        return b.origin() + " " + b.start() + "-" + b.endLine();
    }

    @Test
    void literalBlocks() {
        RstDocument doc = scan(lines(
                "Expanded https://before.example/::",
                "",
                "   literal https://literal1.example/",
                "",
                "     more https://literal2.example/",
                "",
                "Partial ::",
                "",
                "  https://literal3.example/",
                "",
                "::",
                "",
                "    https://literal4.example/",
                "",
                "Quoted::",
                "",
                "> https://quoted.example/",
                "> more",
                "",
                "After https://after.example/",
                "",
                "None found::",
                "",
                "Next https://next.example/",
                "",
                "Escaped \\::",
                "",
                "   quote https://escaped.example/",
                "",
                "- item::",
                "",
                "      https://in-item.example/"));
        assertThat(doc.literalBlocks())
                .extracting(LiteralAndCommentTest::literal)
                .containsExactly(":: 3:4-5", ":: 9:3-9", ":: 13:5-13", ":: 17:1-18", ":: 32:7-32");
        // "None found::" is followed by an unindented paragraph: docutils warns and reads it as text;
        // an escaped "::" is no marker
        assertThat(links(doc))
                .containsExactly(
                        "1:10 https://before.example/",
                        "20:7 https://after.example/",
                        "24:6 https://next.example/",
                        "28:10 https://escaped.example/");
    }

    @Test
    void literalMarkerAtTheEndOfAParagraphIsRemovedFromItsText() {
        // "text https://x.example/::" is rendered "text https://x.example/:" - the URL stays a link
        RstDocument doc = scan(lines("See https://x.example/::", "", "   code"));
        assertThat(links(doc)).containsExactly("1:5 https://x.example/");
        assertThat(doc.literalBlocks())
                .extracting(LiteralAndCommentTest::literal)
                .containsExactly(":: 3:4-3");
    }

    @Test
    void doctestBlocks() {
        RstDocument doc = scan(lines(
                ">>> print(\"https://doctest.example/\")",
                "https://doctest-output.example/",
                "",
                "Para https://para.example/",
                ">>> not doctest https://not-doctest.example/",
                "",
                "- >>> x = 'https://in-item.example/'"));
        assertThat(doc.literalBlocks())
                .extracting(LiteralAndCommentTest::literal)
                .containsExactly("doctest 1:1-2", "doctest 7:3-7");
        assertThat(links(doc)).containsExactly("4:6 https://para.example/", "5:17 https://not-doctest.example/");
    }

    @Test
    void comments() {
        RstDocument doc = scan(lines(
                ".. comment https://comment.example/",
                "   continued https://comment2.example/",
                "",
                "..",
                "   indented comment https://comment3.example/",
                "",
                "..",
                "",
                "   Quote after empty comment https://quote.example/",
                "",
                ".. .. image:: commented-out.png",
                "",
                ".. image: single-colon.png",
                "",
                ".. |bad no closing bar https://bad-subst.example/",
                "",
                ".. _not a target https://bad-target.example/",
                "",
                ".. [not a footnote https://bad-fn.example/",
                "",
                "- .. note: in item https://item-comment.example/",
                "",
                "..   ",
                "",
                "Text https://text.example/"));
        assertThat(doc.comments())
                .extracting(Comment::position)
                .containsExactly(
                        new Position(1, 1),
                        new Position(4, 1),
                        new Position(7, 1),
                        new Position(11, 1),
                        new Position(13, 1),
                        new Position(15, 1),
                        new Position(17, 1),
                        new Position(19, 1),
                        new Position(21, 3),
                        new Position(23, 1));
        assertThat(doc.comments().get(0).text())
                .isEqualTo("comment https://comment.example/\ncontinued https://comment2.example/");
        assertThat(doc.comments().get(1).text()).isEqualTo("indented comment https://comment3.example/");
        assertThat(doc.comments().get(2).text()).isEmpty();
        assertThat(doc.comments().get(3).text()).isEqualTo(".. image:: commented-out.png");
        assertThat(doc.comments().get(8).text()).isEqualTo("note: in item https://item-comment.example/");
        // an empty comment does not take the block after a blank line: that is a block quote
        assertThat(links(doc)).containsExactly("9:30 https://quote.example/", "25:6 https://text.example/");
        assertThat(images(doc)).isEmpty();
        assertThat(doc.directives()).isEmpty();
        assertThat(doc.targets()).isEmpty();
    }
}
