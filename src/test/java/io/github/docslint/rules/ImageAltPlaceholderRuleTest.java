package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.image;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ImageAltPlaceholderRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new ImageAltPlaceholderRule();

    ImageAltPlaceholderRuleTest() {
        super(RULE);
    }

    @Test
    void placeholderWord() throws IOException {
        assertThat(run(image("login.png", ":alt: Screenshot"))).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("page.rst:4:1");
            assertThat(r.message())
                    .isEqualTo("alt text 'Screenshot' of image 'login.png' is a placeholder: say what the image shows");
        });
    }

    @Test
    void caseSpacesAndSurroundingPunctuationDoNotHideIt() throws IOException {
        assertThat(run(image("a.png", ":alt: image.")
                        + image("b.png", ":alt: *")
                        + image("c.png", ":alt:   Alt    TEXT ")
                        + image("d.png", ":alt: (logo)")
                        + image("e.png", ":alt: \"icon\"")))
                .hasSize(5);
    }

    @Test
    void realDescriptionsAreFine() throws IOException {
        assertThat(run(image("a.png", ":alt: Screenshot of the login page")
                        + image("b.png", ":alt: Mattermost logo")
                        + image("c.png", ":alt:")
                        + image("d.png")))
                .isEmpty();
    }

    @Test
    void substitutionName() throws IOException {
        assertThat(run("A |icon|.\n\n.. |icon| image:: gear.png\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .isEqualTo("the substitution name 'icon', used as alt text, of substitution image 'gear.png'"
                                + " is a placeholder: say what the image shows"));
    }

    @Test
    void rawHtml() throws IOException {
        assertThat(run(".. raw:: html\n\n   <img src=\"x.png\" alt=\"Picture\">\n\n"))
                .singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("alt text 'Picture' of <img src=\"x.png\">"));
    }

    @Test
    void configurableList() throws IOException {
        RuleSettings d = RuleSettings.defaults();
        RuleSettings settings =
                new RuleSettings(d.decorativeClasses(), Set.of("Foo Bar"), d.redundantPrefixes(), d.maxAltLength());
        assertThat(run(image("a.png", ":alt: foo bar!") + image("b.png", ":alt: image"), settings))
                .extracting(Reported::at)
                .containsExactly("page.rst:4:1");
    }
}
