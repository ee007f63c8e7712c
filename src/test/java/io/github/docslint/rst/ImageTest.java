package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.linksWithKind;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Images: image and figure directives, substitution images and {@code <img>} tags in raw HTML, with
 * alt text, classes and targets as docutils 0.19 sets them (and Python's HTMLParser, for raw HTML,
 * as the oracle reads it).
 */
class ImageTest {

    private static final String TEXT = lines(
            ".. image:: none.png",
            "",
            ".. image:: empty.png",
            "   :alt:",
            "",
            ".. |logo| image:: logo.png",
            "",
            ".. |named| image:: named.png",
            "   :alt: Given",
            "   :target: https://sub-target.example/",
            "",
            "Use |logo| and |named| and |named| again.",
            "",
            ".. figure:: fig.png",
            "   :class: one two one",
            "   :target: https://fig-target.example/",
            "   :figclass: wide",
            "",
            "   Caption https://caption.example/",
            "",
            "   Legend.",
            "",
            ".. image:: ref.png",
            "   :target: tgt_",
            "",
            ".. image:: phrase.png",
            "   :target: `the target`_",
            "",
            ".. image:: local.png",
            "   :target: page.html",
            "",
            ".. _tgt: https://tgt.example/",
            ".. _the target: https://phrase-target.example/",
            "",
            ".. image:: long/",
            "   path.png",
            "   :alt: split",
            "",
            ".. image:: a\\ b.png");

    @Test
    void altText() {
        RstDocument doc = scan(TEXT);
        assertThat(images(doc))
                .containsExactly(
                        "1:1 none.png alt=null", // no :alt: at all
                        "3:1 empty.png alt=", // :alt: with nothing: an empty alt (decorative)
                        "6:1 logo.png alt=logo", // a substitution image takes its name as alt
                        "8:1 named.png alt=Given",
                        "14:1 fig.png alt=null",
                        "23:1 ref.png alt=null",
                        "26:1 phrase.png alt=null",
                        "29:1 local.png alt=null",
                        "35:1 long/path.png alt=split", // docutils removes the URI's whitespace
                        "39:1 a b.png alt=null"); // an escaped space stays
        Image logo = doc.images().get(2);
        assertThat(logo.kind()).isEqualTo(Image.Kind.SUBSTITUTION);
        assertThat(logo.altFromSubstitution()).isTrue();
        Image named = doc.images().get(3);
        assertThat(named.kind()).isEqualTo(Image.Kind.SUBSTITUTION);
        assertThat(named.altFromSubstitution()).isFalse();
        assertThat(doc.images().get(0).altFromSubstitution()).isFalse();
        assertThat(doc.images().get(4).kind()).isEqualTo(Image.Kind.FIGURE);
        assertThat(doc.images().get(0).kind()).isEqualTo(Image.Kind.IMAGE);
    }

    @Test
    void classesAndTargets() {
        RstDocument doc = scan(TEXT);
        assertThat(doc.images().get(4).classes()).containsExactlyInAnyOrder("one", "two");
        assertThat(doc.images().get(0).classes()).isEmpty();
        assertThat(doc.images())
                .extracting(Image::linked)
                .containsExactly(false, false, false, true, true, true, true, true, false, false);
        // a target is a link of the image, at the image; a substitution's target counts once, where
        // it is defined, however often the substitution is used; a relative target is no external link
        assertThat(linksWithKind(doc))
                .containsExactly(
                        "8:1 IMAGE_TARGET https://sub-target.example/",
                        "14:1 IMAGE_TARGET https://fig-target.example/",
                        "19:12 STANDALONE https://caption.example/",
                        "23:1 NAMED_REFERENCE https://tgt.example/",
                        "26:1 NAMED_REFERENCE https://phrase-target.example/");
    }

    @Test
    void unusedSubstitutionImageIsStillAnImage() {
        RstDocument doc = scan(lines(".. |sub| image:: s.png", "", ".. figure:: f.png", "", "   Caption only"));
        assertThat(images(doc)).containsExactly("1:1 s.png alt=sub", "3:1 f.png alt=null");
    }

    @Test
    void substitutionImageWithAltOnlyFromTheOption() {
        RstDocument doc = scan(lines(".. |Logo Name| Image:: l.png", "   :ALT: Upper option"));
        assertThat(images(doc)).containsExactly("1:1 l.png alt=Upper option");
        assertThat(doc.images().get(0).altFromSubstitution()).isFalse();
    }

    @Test
    void rawHtmlImages() {
        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <p><img src=\"r1.png\"> text</p>",
                "     <IMG SRC=\"r2.png\" ALT=\"Upper\">",
                "   <a href=\"https://a.example/\"><img src=\"linked.png\" alt=\"\"></a>",
                "   <a href=\"https://b.example/\">text <img src=\"notlinked.png\"></a>",
                "   <a href=\"https://c.example/\">",
                "      <img src=\"spaced.png\" class=\"x y\">",
                "   </a>",
                "",
                ".. raw:: latex",
                "",
                "   <img src=\"not-html.png\">",
                "",
                ".. raw:: latex html",
                "",
                "\t<img src=\"tab.png\">"));
        assertThat(images(doc))
                .containsExactly(
                        "3:7 r1.png alt=null",
                        "4:6 r2.png alt=Upper",
                        "5:33 linked.png alt=",
                        "6:38 notlinked.png alt=null",
                        "8:7 spaced.png alt=null",
                        "17:2 tab.png alt=null");
        assertThat(doc.images()).allMatch(i -> i.kind() == Image.Kind.RAW_HTML);
        assertThat(doc.images()).extracting(Image::linked).containsExactly(false, false, true, false, true, false);
        assertThat(doc.images().get(4).classes()).containsExactlyInAnyOrder("x", "y");
        assertThat(doc.links())
                .as("raw HTML is no rst: its <a href> renders no docutils reference")
                .isEmpty();
        assertThat(doc.rawHtmlLinks())
                .as("kept apart, for raw-HTML link checking")
                .extracting(l -> l.position() + " " + l.uri())
                .containsExactly("5:4 https://a.example/", "6:4 https://b.example/", "7:4 https://c.example/");
    }

    @Test
    void rawHtmlLinksAreTheHttpUrlsOfHrefAndSrc() {
        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <a href=\"/relative\">r</a> <a href=\"mailto:a@b.c\">m</a>",
                "   <img src=\"HTTPS://cdn.example/logo.png\" alt=\"Logo\"> <a>no href</a>",
                "   <iframe src=\"https://video.example/embed\"></iframe>"));
        assertThat(doc.rawHtmlLinks())
                .extracting(l -> l.position() + " " + l.kind() + " " + l.uri())
                .containsExactly("4:4 RAW_HTML HTTPS://cdn.example/logo.png");
        assertThat(doc.links()).isEmpty();
    }

    @Test
    void imagesInsideSubstitutionsTablesAndComments() {
        RstDocument doc = scan(lines(
                "+-------------------------+",
                "| .. image:: cell.png     |",
                "|    :alt: In a cell      |",
                "+-------------------------+",
                "",
                ".. image:: commented.png",
                "   :alt: not a comment",
                "",
                ".. comment",
                "   .. image:: in-comment.png",
                "",
                ".. .. image:: also-comment.png",
                "",
                "::",
                "",
                "   .. image:: in-literal.png"));
        assertThat(images(doc)).containsExactly("2:3 cell.png alt=In a cell", "6:1 commented.png alt=not a comment");
    }

    @Test
    void rawHtmlParsedAsABrowserDoes() {
        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <!-- <img src=\"in-comment.png\"> -->",
                "   <script>var s = '<img src=\"in-script.png\">';</script>",
                "   <style>img { } <img src=\"in-style.png\"></style>",
                "   <textarea><img src=\"in-textarea.png\"></textarea>",
                "   <img src=unquoted.png alt>",
                "   <img src=\"dup.png\" alt=\"first\" alt=\"\">",
                "   <img",
                "      src=\"multi.png\"",
                "      alt=\"\">",
                "   <img src=\"self-closed.png\"/><br>",
                "   <noscript><img src=\"noscript.png\"></noscript>"));
        // comments, script and style hold no images, for Python's HTMLParser (the oracle's) and for
        // browsers; the oracle's HTMLParser also reports the <img> inside <textarea> (and <title>,
        // <xmp>), which browsers show as text: there the scanner follows browsers
        assertThat(images(doc))
                .containsExactly(
                        "7:4 unquoted.png alt=", // an attribute without value is present, empty
                        "8:4 dup.png alt=first", // the first of two attributes counts
                        "9:4 multi.png alt=",
                        "12:4 self-closed.png alt=null",
                        "13:14 noscript.png alt=null");
    }
}
