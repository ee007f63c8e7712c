package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.directive;
import static io.github.docslint.rules.RuleHarness.image;
import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImageMissingRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageMissingRule();

    ImageMissingRuleTest() {
        super(RULE);
    }

    @Test
    void missingOnThePageItself() throws IOException {
        tree().file("sub/page.rst", page(image("img/nope.png", ":alt: A chart")));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("sub/page.rst:4:1");
            assertThat(r.message())
                    .isEqualTo("image file 'img/nope.png' not found: it resolves to sub/img/nope.png; a relative"
                            + " path is relative to the page being built, '/path' to the source root");
        });
    }

    @Test
    void presentRelativeAndAbsolute() throws IOException {
        tree().file(
                        "sub/page.rst",
                        page(image("img/a.png") + image("/images/b.png") + directive("figure", "../images/b.png")))
                .empty("sub/img/a.png")
                .empty("images/b.png");
        assertThat(run()).isEmpty();
    }

    @Test
    void absoluteMissing() throws IOException {
        tree().file("sub/page.rst", page(image("/images/b.png")));
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("it resolves to images/b.png;"));
    }

    @Test
    void snippetImageExistsForOnePageAndIsMissingForTheOther() throws IOException {
        tree().file("a/page.rst", page(include("/_snippets/snip.rst", ":start-after: :nosearch:")))
                .file("b/page.rst", page(include("../_snippets/snip.rst", ":start-after: :nosearch:")))
                .file("_snippets/snip.rst", ":nosearch:\n\n" + image("img/pic.png", ":alt: A chart"))
                .empty("a/img/pic.png")
                // next to the snippet: Sphinx does not look there
                .empty("_snippets/img/pic.png");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("_snippets/snip.rst:3:1");
            assertThat(r.message())
                    .startsWith("image file 'img/pic.png' not found: it resolves to b/img/pic.png (on page"
                            + " b/page.rst);");
        });
    }

    @Test
    void snippetImageMissingForSeveralPages() throws IOException {
        tree().file("a/page.rst", page(include("/snip.txt")))
                .file("b/page.rst", page(include("/snip.txt")))
                .file("snip.txt", image("pic.png"));
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .contains("it resolves to a/pic.png, b/pic.png (on page a/page.rst, b/page.rst)"));
    }

    @Test
    void starPicksAnyExtension() throws IOException {
        tree().file("page.rst", page(image("img/diagram.*") + image("img/gone.*")))
                .empty("img/diagram.svg")
                .empty("img/gone-but-not-this.png");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:6:1");
            assertThat(r.message()).startsWith("image file 'img/gone.*' not found: it resolves to img/gone.*;");
        });
    }

    @Test
    void starInAMissingFolder() throws IOException {
        tree().file("page.rst", page(image("nofolder/diagram.*")));
        assertThat(run()).extracting(Reported::at).containsExactly("page.rst:4:1");
    }

    @Test
    void remoteAndDataUrisAreSkipped() throws IOException {
        tree().file(
                        "page.rst",
                        page(image("https://example.com/x.png")
                                + image("http://example.com/y.png")
                                + image("data:image/png;base64,iVBORw0KGgo=")));
        assertThat(run()).isEmpty();
    }

    @Test
    void rawHtmlImagesAreNotChecked() throws IOException {
        tree().file("page.rst", page(".. raw:: html\n\n   <img src=\"nope.png\" alt=\"x\">\n\n"));
        assertThat(run()).isEmpty();
    }

    @Test
    void substitutionImage() throws IOException {
        tree().file("page.rst", page("A |gear|.\n\n.. |gear| image:: gear.png\n"));
        assertThat(run()).extracting(Reported::at).containsExactly("page.rst:6:1");
    }

    @Test
    void excludedFileNobodyIncludesIsNotChecked() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['_inc']\n")
                .file("page.rst", page(include("_inc/used.rst")))
                .file("_inc/used.rst", image("a.png"))
                .file("_inc/unused.rst", image("b.png"));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("_inc/used.rst:1:1");
            assertThat(r.message()).contains("it resolves to a.png (on page page.rst)");
        });
    }
}
