package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.directives;
import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.links;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines and columns as written. docutils parses the tab-expanded text (the structure expected here
 * is what docutils 0.19 builds for each input); the scanner must report columns of the file as it
 * is, so a tab counts as one column.
 */
class PositionsTest {

    private static final String TABS = "" // each line of the file, as written
            + ".. note::\n"
            + "\tSee https://b.example/ here.\n"
            + "\n"
            + "Para\twith https://a.example/x\n"
            + "\n"
            + "-\titem https://item.example/\n"
            + "\n"
            + "\t.. image:: t.png\n"
            + "\t   :alt: x\n"
            + "\n"
            + ".. image:: c.png\n"
            + "\t:alt: tab\n"
            + "\n"
            + "Text.\n"
            + "\n"
            + "  \tx  \t`y <https://y.example/>`_\n";

    @Test
    void tabIndentedTextReportsColumnsAsWritten() {
        RstDocument doc = scan(TABS);
        assertThat(links(doc))
                .containsExactly(
                        "2:6 https://b.example/", // note content indented by one tab
                        "4:11 https://a.example/x", // a tab inside the paragraph
                        "6:8 https://item.example/", // "-\t" is a bullet: the tab expands to spaces
                        "16:8 https://y.example/"); // block quote: "  \t" then "x  \t"
    }

    @Test
    void tabIndentedDirectivesAndOptions() {
        RstDocument doc = scan(TABS);
        // the image indented by a tab lines up with the list item's text (column 8): it is in the item
        assertThat(images(doc)).containsExactly("8:2 t.png alt=x", "11:1 c.png alt=tab");
        assertThat(doc.directives().get(1).options().get("alt").position()).isEqualTo(new Position(9, 5));
        assertThat(doc.directives().get(2).options().get("alt").position()).isEqualTo(new Position(12, 2));
        assertThat(doc.directives().get(0).contentStart()).isEqualTo(new Position(2, 2));
    }

    @Test
    void crlfLineEnds() {
        RstDocument doc = scan("Line one https://a.example/\r\n\r\n.. image:: a.png\r\n   :alt: x\r\n\r\n"
                + "Other https://b.example/\r\n");
        assertThat(links(doc)).containsExactly("1:10 https://a.example/", "6:7 https://b.example/");
        assertThat(images(doc)).containsExactly("3:1 a.png alt=x");
        assertThat(doc.directives().get(0).options().get("alt").value()).isEqualTo("x");
    }

    @Test
    void loneCarriageReturnLineEnds() {
        // docutils splits at a lone CR (str.splitlines): "Other" is a term, the URL its definition
        RstDocument doc = scan("Line one https://a.example/\r\rOther\r  https://b.example/\r\r.. image:: a.png\r");
        assertThat(links(doc)).containsExactly("1:10 https://a.example/", "4:3 https://b.example/");
        assertThat(images(doc)).containsExactly("6:1 a.png alt=null");
    }

    @Test
    void byteOrderMarkIsNotAColumn() throws Exception {
        byte[] bytes =
                "\uFEFF:nosearch:\n\nSee https://a.example/ and\n.. not a directive\n".getBytes(StandardCharsets.UTF_8);
        RstDocument doc = new RstScanner().scan(SourceText.decode(bytes, StandardCharsets.UTF_8));
        assertThat(doc.topFields()).extracting(Field::name).containsExactly("nosearch");
        assertThat(doc.topFields().get(0).position()).isEqualTo(new Position(1, 1));
        assertThat(links(doc)).containsExactly("3:5 https://a.example/");
        assertThat(doc.directives()).isEmpty();

        RstDocument first = scan("\uFEFFSee https://a.example/\n");
        assertThat(links(first)).containsExactly("1:5 https://a.example/");
    }

    @ParameterizedTest(name = "indent \"{0}\"")
    @ValueSource(
            strings = {
                " ",
                "  ",
                "   ",
                "    ",
                "     ",
                "      ",
                "       ",
                "        ",
                "         ",
                "          ",
                "\t"
            })
    void optionLinesIndentedByOneToTenSpacesOrATab(String indent) {
        RstDocument doc = scan(".. image:: a.png\n" + indent + ":alt: A\n" + indent + ":class: c\n\n"
                + ".. image:: b.png\n" + indent + ":target: https://t.example/\n");
        int col = indent.equals("\t") ? 2 : indent.length() + 1;
        assertThat(directives(doc)).containsExactly("1:1 image", "5:1 image");
        Directive a = doc.directives().get(0);
        assertThat(a.argument()).isEqualTo("a.png");
        assertThat(a.options()).containsOnlyKeys("alt", "class");
        assertThat(a.options().get("alt").value()).isEqualTo("A");
        assertThat(a.options().get("alt").position()).isEqualTo(new Position(2, col));
        assertThat(a.options().get("class").position()).isEqualTo(new Position(3, col));
        assertThat(images(doc)).containsExactly("1:1 a.png alt=A", "5:1 b.png alt=null");
        assertThat(doc.images().get(0).classes()).containsExactly("c");
        assertThat(doc.images().get(1).linked()).isTrue();
        assertThat(links(doc)).containsExactly("5:1 https://t.example/");
    }

    @Test
    void optionIndentedDeeperThanTheFirstContinuesItsValue() {
        // docutils: the second line belongs to :alt:'s body, so the alt is "A\n:class: c" and there is no class
        RstDocument doc = scan(".. image:: a.png\n   :alt: A\n    :class: c\n");
        assertThat(doc.images().get(0).alt()).isEqualTo("A\n:class: c");
        assertThat(doc.images().get(0).classes()).isEmpty();
    }

    @Test
    void optionIndentedLessThanTheFirstEndsTheArgument() {
        // docutils: "    :alt: B" is indented past the block's indent (3), so it is argument text;
        // the image URI becomes "b.png:alt:B" (whitespace removed) and has no alt
        RstDocument doc = scan(".. image:: b.png\n    :alt: B\n   :class: c\n");
        assertThat(images(doc)).containsExactly("1:1 b.png:alt:B alt=null");
        assertThat(doc.images().get(0).classes()).containsExactly("c");
        assertThat(doc.directives().get(0).options().get("class").position()).isEqualTo(new Position(3, 4));
    }

    @Test
    void multiLineOptionValues() {
        RstDocument doc = scan(".. image:: c.png\n   :alt:\n      long alt\n      text\n   :target:\n"
                + "      https://long.example/\n      path\n");
        assertThat(images(doc)).containsExactly("1:1 c.png alt=long alt\ntext");
        assertThat(doc.directives().get(0).options().get("target").position()).isEqualTo(new Position(5, 4));
        // docutils joins the target's lines without whitespace
        assertThat(links(doc)).containsExactly("1:1 https://long.example/path");
    }

    @Test
    void lineOfNoBreakSpacesIsBlank() {
        // docutils: a paragraph, a blank line, then the image (alt-less, line 3)
        RstDocument doc = scan("Para one https://a.example/\n\u00a0\n.. image:: x.png\n");
        assertThat(images(doc)).containsExactly("3:1 x.png alt=null");
    }
}
