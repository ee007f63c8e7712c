package io.github.docslint.rst;

import static io.github.docslint.rst.Rst.images;
import static io.github.docslint.rst.Rst.lines;
import static io.github.docslint.rst.Rst.scan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The raw-HTML tag scanner's own cases, beyond those of {@link ImageTest}. */
class RawHtmlTest {

    @Test
    void characterReferencesInAttributesAreDecoded() {
        assertThat(RawHtml.decode("a&amp;b &lt;&gt; &quot;q&quot; &#65;&#x42; &unknown; & x;"))
                .isEqualTo("a&b <> \"q\" AB &unknown; & x;");
        assertThat(RawHtml.decode("plain")).isEqualTo("plain");

        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <a HREF='https://x.example/?a=1&amp;b=2'><img src=p.png alt=\"Tom &amp; Jerry\"></a>"));
        assertThat(doc.rawHtmlLinks()).extracting(Link::uri).containsExactly("https://x.example/?a=1&b=2");
        assertThat(images(doc)).containsExactly("3:45 p.png alt=Tom & Jerry");
    }

    @Test
    void tagsInUpperCaseAreFoundAndABlockWithoutTagsIsSkipped() {
        RstDocument upper = scan(lines(
                ".. raw:: html", "", "   <p>text</p> <IMG SRC=up.png>", "   <A HREF=\"https://u.example/\">u</A>"));
        assertThat(images(upper)).containsExactly("3:16 up.png alt=null");
        assertThat(upper.rawHtmlLinks()).extracting(Link::uri).containsExactly("https://u.example/");
        RstDocument none = scan(lines(".. raw:: html", "", "   <p>no image, no anchor: <abbr>img</abbr></p>"));
        assertThat(none.images()).isEmpty();
        assertThat(none.rawHtmlLinks()).isEmpty();
    }

    @Test
    void anImageIsAllALinkHoldsOnlyAloneInAnAnchorWithHrefAndNoText() {
        RstDocument doc = scan(lines(
                ".. raw:: html",
                "",
                "   <a href=\"https://a.example/\"><img src=\"one.png\"><img src=\"two.png\"></a>",
                "   <a name=\"anchor\"><img src=\"no-href.png\"></a>",
                "   <a href=\"https://b.example/\"><span> </span><img src=\"spanned.png\"><!-- note --></a>",
                "   <a href=\"https://c.example/\"><img src=\"unclosed.png\">"));
        assertThat(images(doc))
                .containsExactly(
                        "3:33 one.png alt=null",
                        "3:52 two.png alt=null",
                        "4:21 no-href.png alt=null",
                        "5:47 spanned.png alt=null",
                        "6:33 unclosed.png alt=null");
        assertThat(doc.images()).extracting(Image::linked).containsExactly(false, false, false, true, true);
    }

    @Test
    void aLessThanSignThatStartsNoTagIsText() {
        RstDocument doc = scan(lines(
                ".. raw:: html", "", "   <a href=\"https://a.example/\">1 < 2 <img src=\"t.png\" alt=\"x\"></a> <3"));
        assertThat(images(doc)).containsExactly("3:39 t.png alt=x");
        assertThat(doc.images().get(0).linked()).isFalse();
    }
}
