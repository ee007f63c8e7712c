package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageAltRedundantRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltRedundantRule();

    ImageAltRedundantRuleTest() {
        super(RULE);
    }

    @Test
    void imageOf() throws IOException {
        assertThat(run(image("cat.png", ":alt: Image of a cat on a sofa")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message())
                            .isEqualTo(
                                    "alt text 'Image of a cat on a sofa' starts with 'image of', which a screen reader"
                                            + " already announces: describe the content directly");
                });
    }

    @Test
    void everyDefaultPrefixWithOrWithoutArticle() throws IOException {
        assertThat(run(image("a.png", ":alt: A picture of the dashboard")
                        + image("b.png", ":alt: an  IMAGE   of the menu")
                        + image("c.png", ":alt: Photo of the team")
                        + image("d.png", ":alt: graphic of")))
                .extracting(r -> r.message().substring(r.message().indexOf("starts with")))
                .containsExactly(
                        "starts with 'picture of', which a screen reader already announces: describe the content"
                                + " directly",
                        "starts with 'image of', which a screen reader already announces: describe the content"
                                + " directly",
                        "starts with 'photo of', which a screen reader already announces: describe the content"
                                + " directly",
                        "starts with 'graphic of', which a screen reader already announces: describe the content"
                                + " directly");
    }

    @Test
    void notAtTheStartOrNotTheWholeWord() throws IOException {
        assertThat(run(image("a.png", ":alt: The image of the menu")
                        + image("b.png", ":alt: Imagery of the coast")
                        + image("c.png", ":alt: Photography of ...")
                        + image("d.png", ":alt: image offset settings")
                        + image("e.png", ":alt:")))
                .isEmpty();
    }

    @Test
    void substitutionName() throws IOException {
        assertThat(run("A |picture of a cat|.\n\n.. |picture of a cat| image:: cat.png\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .startsWith("the substitution name 'picture of a cat', used as alt text, starts with"
                                + " 'picture of'"));
    }

    @Test
    void configurablePrefixes() throws IOException {
        RuleSettings d = RuleSettings.defaults();
        RuleSettings settings = new RuleSettings(
                d.decorativeClasses(), d.placeholderWords(), List.of("Screenshot of"), d.maxAltLength());
        assertThat(run(
                        image("a.png", ":alt: Screenshot of the menu") + image("b.png", ":alt: Image of a cat"),
                        settings))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message()).contains("starts with 'screenshot of'");
                });
    }
}
