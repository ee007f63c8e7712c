package io.github.docslint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {
    static final String[] IDS = {
        "nosearch-missing",
        "nosearch-misplaced",
        "include-shows-metadata",
        "include-unused",
        "include-missing",
        "include-cycle",
        "include-outside-root",
        "image-alt-missing",
        "image-alt-empty",
        "image-alt-filename",
        "image-alt-placeholder",
        "image-alt-redundant",
        "image-alt-length",
        "image-missing",
        "file-unreadable",
        "suppression-invalid",
        "link-broken",
        "link-timeout",
        "link-redirected",
        "link-anchor-missing",
        "link-blocked"
    };

    @Test
    void everyRuleInDocumentedOrder() {
        assertThat(Rules.ids()).containsExactly(IDS);
        assertThat(Rules.all()).hasSize(21);
    }

    @Test
    void defaultSeveritiesAsTheGuideSays() {
        Map<String, Severity> expected = Map.of(
                "include-unused", Severity.WARNING,
                "image-alt-placeholder", Severity.WARNING,
                "image-alt-redundant", Severity.WARNING,
                "image-alt-length", Severity.WARNING,
                "link-redirected", Severity.OFF,
                "link-anchor-missing", Severity.OFF,
                "link-blocked", Severity.WARNING,
                "suppression-invalid", Severity.WARNING);
        for (Rule r : Rules.all()) {
            assertThat(r.defaultSeverity()).as(r.id()).isEqualTo(expected.getOrDefault(r.id(), Severity.ERROR));
            assertThat(r.description()).as(r.id()).isNotBlank().endsWith(".");
        }
    }

    @Test
    void sourceAndLinkRulesPartitionEveryRule() {
        assertThat(Rules.linkRules())
                .extracting(Rule::id)
                .containsExactly(
                        "link-broken", "link-timeout", "link-redirected", "link-anchor-missing", "link-blocked");
        List<Rule> both = new ArrayList<>(Rules.sourceRules());
        both.addAll(Rules.linkRules());
        assertThat(both).containsExactlyInAnyOrderElementsOf(Rules.all());
    }

    @Test
    void byId() {
        assertThat(Rules.byId("image-missing")).get().extracting(Rule::id).isEqualTo("image-missing");
        assertThat(Rules.byId("image-missin")).isEmpty();
        assertThat(Rules.byId("IMAGE-MISSING")).isEmpty();
    }

    @Test
    void parseSeveritiesValid() {
        assertThat(Rules.parseSeverities("image-alt-length=off, include-unused=ERROR\n image-missing : warn\n,"))
                .containsExactly(
                        Map.entry("image-alt-length", Severity.OFF),
                        Map.entry("include-unused", Severity.ERROR),
                        Map.entry("image-missing", Severity.WARNING));
    }

    @Test
    void parseSeveritiesEmpty() {
        assertThat(Rules.parseSeverities(null)).isEmpty();
        assertThat(Rules.parseSeverities("  \n ")).isEmpty();
    }

    @Test
    void parseSeveritiesLastOneWins() {
        assertThat(Rules.parseSeverities("image-missing=off,image-missing=warning"))
                .containsExactly(Map.entry("image-missing", Severity.WARNING));
    }

    @Test
    void unknownRuleListsTheValidIds() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rules.parseSeverities("image-alt-length=off,image-alt=off"))
                .withMessageStartingWith("unknown rule 'image-alt'; valid rules: ")
                .withMessageContaining(String.join(", ", IDS));
    }

    @Test
    void badSeverityNamesRuleAndChoices() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rules.parseSeverities("image-missing=fatal"))
                .withMessage("rule image-missing: 'fatal' is not a severity: use error, warning or off");
    }

    @Test
    void entryWithoutSeparator() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Rules.parseSeverities("image-missing"))
                .withMessage("'image-missing' is not rule=severity (e.g. image-alt-length=off)");
    }
}
