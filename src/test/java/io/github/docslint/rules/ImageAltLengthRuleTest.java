package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImageAltLengthRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltLengthRule();

    ImageAltLengthRuleTest() {
        super(RULE);
    }

    static RuleSettings max(int n) {
        RuleSettings d = RuleSettings.defaults();
        return new RuleSettings(d.decorativeClasses(), d.placeholderWords(), d.redundantPrefixes(), n);
    }

    @Test
    void longerThan125() throws IOException {
        assertThat(run(image("a.png", ":alt: " + "x".repeat(126)) + image("b.png", ":alt: " + "y".repeat(125))))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message())
                            .isEqualTo("alt text of image 'a.png' is 126 characters long (limit 125): keep it short"
                                    + " and move the details into the text or a caption");
                });
    }

    @Test
    void whitespaceIsCollapsedAcrossLines() throws IOException {
        // 60 + 1 + 64 = 125 characters once the line break and the spaces are one space
        String alt = ":alt: " + "a".repeat(60) + "     \n      " + "b".repeat(64);
        assertThat(run(image("a.png", alt))).isEmpty();
        assertThat(run(image("a.png", alt + "c")))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("is 126 characters long"));
    }

    @Test
    void charactersAreCodePoints() throws IOException {
        assertThat(run(image("a.png", ":alt: " + "\uD83D\uDE00".repeat(125)))).isEmpty();
    }

    @Test
    void configurableLimit() throws IOException {
        assertThat(run(image("a.png", ":alt: eleven char") + image("b.png", ":alt: ten chars!"), max(10)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message()).contains("is 11 characters long (limit 10)");
                });
    }

    @Test
    void substitutionNamesAndRawHtmlCountToo() throws IOException {
        assertThat(run(
                        "|long name|\n\n.. |long name| image:: x.png\n\n"
                                + ".. raw:: html\n\n   <img src=\"y.png\" alt=\"a rather long alt\">\n\n",
                        max(8)))
                .extracting(Reported::message)
                .containsExactly(
                        "alt text of substitution image 'x.png' is 9 characters long (limit 8): keep it short and"
                                + " move the details into the text or a caption",
                        "alt text of <img src=\"y.png\"> is 17 characters long (limit 8): keep it short and move the"
                                + " details into the text or a caption");
    }
}
