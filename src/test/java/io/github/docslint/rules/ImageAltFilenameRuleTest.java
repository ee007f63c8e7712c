package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class ImageAltFilenameRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltFilenameRule();

    ImageAltFilenameRuleTest() {
        super(RULE);
    }

    @Test
    void altIsTheFileName() throws IOException {
        assertThat(run(image("images/sales-chart.png", ":alt: sales-chart.png")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.at()).isEqualTo("page.rst:4:1");
                    assertThat(r.message())
                            .isEqualTo("alt text 'sales-chart.png' of image 'images/sales-chart.png' is just the file"
                                    + " name: say what the image shows");
                });
    }

    @Test
    void stemInAnyCaseWithDashesAndUnderscoresAsSpaces() throws IOException {
        assertThat(run(image("a/sales-chart.png", ":alt: Sales Chart")
                        + image("b/sales_chart.png", ":alt: SALES-chart")
                        + image("c/sales-chart.png", ":alt: sales_chart")
                        + image("d/sales-chart.png", ":alt:  sales   chart ")))
                .hasSize(4);
    }

    @Test
    void anyAltEndingInAnImageExtension() throws IOException {
        assertThat(run(image("a.png", ":alt: screenshot-2024.JPG") + image("b.png", ":alt: diagram.svg")))
                .hasSize(2);
    }

    @Test
    void queryAndFragmentAreNotPartOfTheName() throws IOException {
        assertThat(run(image("https://img.shields.io/badge/build.svg?style=flat#x", ":alt: build")))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("alt text 'build' of image"));
    }

    @Test
    void descriptiveAltIsFine() throws IOException {
        assertThat(run(image("sales-chart.png", ":alt: Sales per month, 2024")
                        + image("chart.png", ":alt: chart of sales")
                        + image("png.png", ":alt: The PNG logo")
                        + image("x.png", ":alt:")))
                .isEmpty();
    }

    @Test
    void substitutionNameUsedAsAlt() throws IOException {
        assertThat(run("Press |save-button|.\n\n.. |save-button| image:: icons/save-button.svg\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .isEqualTo("the substitution name 'save-button', used as alt text, of substitution image"
                                + " 'icons/save-button.svg' is just the file name: say what the image shows"));
    }

    @Test
    void rawHtml() throws IOException {
        assertThat(run(".. raw:: html\n\n   <img src=\"img/logo.svg\" alt=\"logo.svg\">\n\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .isEqualTo("alt text 'logo.svg' of <img src=\"img/logo.svg\"> is just the file name: say what"
                                + " the image shows"));
    }

    @Test
    void isFileName() {
        assertThat(ImageAltFilenameRule.isFileName("my pic", "dir/My_Pic.jpeg")).isTrue();
        assertThat(ImageAltFilenameRule.isFileName("My_Pic.jpeg", "dir/My_Pic.jpeg"))
                .isTrue();
        assertThat(ImageAltFilenameRule.isFileName("picture.gif", "other.png")).isTrue();
        assertThat(ImageAltFilenameRule.isFileName("my", "dir/My_Pic.jpeg")).isFalse();
        assertThat(ImageAltFilenameRule.isFileName("dir", "dir/My_Pic.jpeg")).isFalse();
        assertThat(ImageAltFilenameRule.isFileName("  ", "x.png")).isFalse();
        assertThat(ImageAltFilenameRule.isFileName("-", "-.png")).isFalse();
    }
}
