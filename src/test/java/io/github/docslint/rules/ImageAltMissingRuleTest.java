package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.check;
import static io.github.docslint.rules.RuleHarness.directive;
import static io.github.docslint.rules.RuleHarness.image;
import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImageAltMissingRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltMissingRule();

    ImageAltMissingRuleTest() {
        super(RULE);
    }

    @Test
    void imageWithoutAlt() throws IOException {
        assertThat(run(image("images/chart.png", ":width: 100px")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message())
                            .isEqualTo(
                                    "image 'images/chart.png' has no alt text: add ':alt: ...' saying what it shows");
                });
    }

    @Test
    void figureWithoutAlt() throws IOException {
        assertThat(run(directive("figure", "chart.png") + "   The caption.\n\n"))
                .singleElement()
                .satisfies(
                        r -> assertThat(r.message()).startsWith("figure 'chart.png' has no alt text: add ':alt: ...'"));
    }

    @Test
    void withAltAnyAltEvenEmpty() throws IOException {
        assertThat(run(image("a.png", ":alt: A bar chart")
                        + image("b.png", ":alt:")
                        + directive("figure", "c.png", ":alt: Sales by month")))
                .isEmpty();
    }

    @Test
    void substitutionImageTakesItsNameAsAlt() throws IOException {
        assertThat(run("Click |gear icon|.\n\n.. |gear icon| image:: gear.png\n"))
                .isEmpty();
    }

    @Test
    void rawHtmlImgWithoutAltAttribute() throws IOException {
        String body = ".. raw:: html\n\n   <p>\n   <img src=\"a.png\" width=\"20\">\n   <img src=\"b.png\" alt=\"\">\n"
                + "   <img src=\"c.png\" alt=\"A cat\">\n   </p>\n\n";
        assertThat(run(body)).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:7:4");
            assertThat(r.message())
                    .isEqualTo("<img src=\"a.png\"> has no alt text: add alt=\"...\" saying what it shows (alt=\"\""
                            + " if it is only decoration)");
        });
    }

    @Test
    void rawBlocksForOtherFormatsAndCodeAreNotImages() throws IOException {
        assertThat(run(".. raw:: latex\n\n   <img src=\"a.png\">\n\n"
                        + ".. code-block:: rst\n\n   .. image:: b.png\n\n"
                        + "Literal::\n\n   .. image:: c.png\n\n"
                        + ".. .. image:: d.png\n\n"))
                .isEmpty();
    }

    @Test
    void imageInASnippetIsReportedOnceAtTheSnippet() throws IOException {
        tree().file("a/page.rst", page(include("/_snip/s.txt")))
                .file("b/page.rst", page(include("../_snip/s.txt")))
                .file("_snip/s.txt", "Some text.\n\n" + image("pic.png"));
        assertThat(check(RULE, dir)).extracting(Reported::at).containsExactly("_snip/s.txt:3:1");
    }

    @Test
    void excludedFilesCountOnlyWhereIncluded() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['_inc']\n")
                .file("page.rst", page(include("_inc/used.rst")))
                .file("_inc/used.rst", image("a.png"))
                .file("_inc/unused.rst", image("b.png"));
        assertThat(check(RULE, dir)).extracting(Reported::at).containsExactly("_inc/used.rst:1:1");
    }

    @Test
    void literalIncludesShowNoImages() throws IOException {
        tree().file("page.rst", page(include("snip.rst", ":literal:") + include("other.rst", ":code: rst")))
                .file("snip.rst", ":orphan:\n\n" + image("a.png"))
                .file("other.txt", image("b.png"));
        // snip.rst is still a page of its own, so its image counts there, once; other.txt is not read as rst
        assertThat(check(RULE, dir)).extracting(Reported::at).containsExactly("snip.rst:3:1");
    }
}
