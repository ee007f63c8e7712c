package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImageAltEmptyRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltEmptyRule();

    ImageAltEmptyRuleTest() {
        super(RULE);
    }

    static RuleSettings decorative(String... classes) {
        RuleSettings d = RuleSettings.defaults();
        return new RuleSettings(Set.of(classes), d.placeholderWords(), d.redundantPrefixes(), d.maxAltLength());
    }

    @Test
    void emptyAndBlankAlt() throws IOException {
        assertThat(run(image("a.png", ":alt:") + image("b.png", ":alt:    ")))
                .extracting(Reported::at, Reported::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "page.rst:4:1",
                                "image 'a.png' has empty alt text: describe the image, or mark it decorative with"
                                        + " ':class: decorative'"),
                        org.assertj.core.groups.Tuple.tuple(
                                "page.rst:7:1",
                                "image 'b.png' has empty alt text: describe the image, or mark it decorative with"
                                        + " ':class: decorative'"));
    }

    @Test
    void decorativeClassAllowsIt() throws IOException {
        assertThat(run(image("a.png", ":alt:", ":class: decorative")
                        + image("b.png", ":alt:", ":class: wide decorative")))
                .isEmpty();
    }

    @Test
    void decorativeClassIsMatchedAsDocutilsNormalizesIt() throws IOException {
        assertThat(run(image("a.png", ":alt:", ":class: Decorative"))).isEmpty();
    }

    @Test
    void configurableDecorativeClasses() throws IOException {
        RuleSettings settings = decorative("presentational");
        assertThat(run(
                        image("a.png", ":alt:", ":class: presentational")
                                + image("b.png", ":alt:", ":class: decorative"),
                        settings))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:8:1");
                    assertThat(r.message()).endsWith("mark it decorative with ':class: presentational'");
                });
    }

    @Test
    void linkedImageNeverAllowsIt() throws IOException {
        assertThat(run(image("a.png", ":alt:", ":class: decorative", ":target: https://example.com/")))
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .isEqualTo("image 'a.png' is a link with empty alt text, so the link has no name: describe"
                                + " where it leads"));
    }

    @Test
    void rawHtmlEmptyAltIsDecorativeUnlessItIsAllALinkHolds() throws IOException {
        String body = ".. raw:: html\n\n"
                + "   <img src=\"spacer.png\" alt=\"\">\n"
                + "   <a href=\"https://example.com/\"><img src=\"logo.png\" alt=\"\"></a>\n"
                + "   <a href=\"https://example.com/\"><img src=\"icon.png\" alt=\"\"> Home</a>\n"
                + "   <a href=\"https://example.com/\"><span><img src=\"deep.png\" alt=\" \"></span></a>\n\n";
        assertThat(run(body))
                .extracting(Reported::at, Reported::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "page.rst:7:35",
                                "<img src=\"logo.png\"> is a link with empty alt text, so the link has no name:"
                                        + " describe where it leads"),
                        org.assertj.core.groups.Tuple.tuple(
                                "page.rst:9:41",
                                "<img src=\"deep.png\"> is a link with empty alt text, so the link has no name:"
                                        + " describe where it leads"));
    }

    @Test
    void substitutionWithEmptyAltOption() throws IOException {
        assertThat(run("A |x|.\n\n.. |x| image:: x.png\n   :alt:\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("substitution image 'x.png' has empty alt text"));
    }

    @Test
    void nonEmptyOrMissingAltIsNotThisRulesBusiness() throws IOException {
        assertThat(run(image("a.png", ":alt: A chart") + image("b.png") + "|sub|\n\n.. |sub| image:: s.png\n"))
                .isEmpty();
    }
}
