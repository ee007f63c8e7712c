package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSettingsTest {
    @Test
    void normalizeLowersCollapsesAndTrimsPunctuation() {
        assertThat(RuleSettings.normalize("  Alt \t  TEXT\n ")).isEqualTo("alt text");
        assertThat(RuleSettings.normalize("Image.")).isEqualTo("image");
        assertThat(RuleSettings.normalize("(\"logo\")")).isEqualTo("logo");
        assertThat(RuleSettings.normalize("icon!?")).isEqualTo("icon");
        assertThat(RuleSettings.normalize("it's")).isEqualTo("it's");
    }

    @Test
    void normalizeKeepsALoneMark() {
        assertThat(RuleSettings.normalize("*")).isEqualTo("*");
        assertThat(RuleSettings.normalize("?")).isEqualTo("?");
        assertThat(RuleSettings.normalize(" . ")).isEqualTo(".");
        assertThat(RuleSettings.normalize("...")).isEqualTo(".");
    }

    @Test
    void defaults() {
        RuleSettings d = RuleSettings.defaults();
        assertThat(d.decorativeClasses()).containsExactly("decorative");
        assertThat(d.placeholderWords())
                .contains("image", "picture", "photo", "icon", "logo", "screenshot", "graphic", "alt", "alt text", "*");
        assertThat(d.redundantPrefixes()).containsExactly("image of", "picture of", "photo of", "graphic of");
        assertThat(d.maxAltLength()).isEqualTo(125);
    }

    @Test
    void configuredWordsAndPrefixesAreNormalized() {
        RuleSettings s = new RuleSettings(Set.of(), Set.of(" Foo  Bar. "), List.of("Screenshot OF"), 10);
        assertThat(s.placeholderWords()).containsExactly("foo bar");
        assertThat(s.redundantPrefixes()).containsExactly("screenshot of");
    }

    @Test
    void lengthLimitMustBePositive() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RuleSettings(Set.of(), Set.of(), List.of(), 0))
                .withMessage("the alt text length limit must be at least 1, not 0");
        assertThat(new RuleSettings(Set.of(), Set.of(), List.of(), 1).maxAltLength())
                .isEqualTo(1);
    }
}
