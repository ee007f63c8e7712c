package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IncludeShowsMetadataRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new IncludeShowsMetadataRule();

    IncludeShowsMetadataRuleTest() {
        super(RULE);
    }

    @Test
    void includeThatDoesNotSkipTheTopFields() throws IOException {
        tree().file("index.rst", page(include("snip.rst"))).file("snip.rst", ":nosearch:\n\nShared.\n");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("index.rst:4:1");
            assertThat(r.message())
                    .isEqualTo("includes snip.rst, whose top fields (:nosearch:) will be printed as text here:"
                            + " add ':start-after: :nosearch:' to the include");
        });
    }

    @Test
    void startAfterOrStartLineSkipThem() throws IOException {
        tree().file(
                        "index.rst",
                        page(include("snip.rst", ":start-after: :nosearch:") + include("snip.rst", ":start-line: 2")))
                .file("snip.rst", ":nosearch:\n\nShared.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void endBeforeAloneDoesNotSkipThem() throws IOException {
        tree().file("index.rst", page(include("snip.rst", ":end-before: .. end")))
                .file("snip.rst", ":nosearch:\n\nShared.\n\n.. end\n");
        assertThat(run()).extracting(Reported::at).containsExactly("index.rst:4:1");
    }

    @Test
    void markerIsTheLastTopFieldWithItsValue() throws IOException {
        tree().file("index.rst", page(include("a.rst") + include("b.rst")))
                .file("a.rst", ":orphan:\n:nosearch:\n\nA.\n")
                .file("b.rst", ":nosearch:\n:tocdepth: 2\n\nB.\n");
        assertThat(run())
                .extracting(Reported::message)
                .containsExactly(
                        "includes a.rst, whose top fields (:orphan:, :nosearch:) will be printed as text here:"
                                + " add ':start-after: :nosearch:' to the include",
                        "includes b.rst, whose top fields (:nosearch:, :tocdepth:) will be printed as text here:"
                                + " add ':start-after: :tocdepth: 2' to the include");
    }

    @Test
    void noTopFieldsNothingToShow() throws IOException {
        tree().file("index.rst", page(include("snip.rst") + include("late.rst")))
                .file("snip.rst", "Shared.\n")
                // a misplaced field is nosearch-misplaced's business, not this rule's
                .file("late.rst", "Late\n====\n\n:nosearch:\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void literalIncludesShowTheFileAsCodeAnyway() throws IOException {
        tree().file("index.rst", page(include("snip.rst", ":literal:") + include("snip.rst", ":code: rst")))
                .file("snip.rst", ":nosearch:\n\nShared.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void oneFindingPerIncludeDirective() throws IOException {
        // b.rst's include of c.rst is met in the builds of a1 and a2: still one finding, at b.rst
        tree().file("a1.rst", page(include("b.rst", ":start-after: :nosearch:")))
                .file("a2.rst", page(include("b.rst", ":start-after: :nosearch:")))
                .file("b.rst", ":nosearch:\n\n" + include("c.rst"))
                .file("c.rst", ":nosearch:\n\nC.\n");
        assertThat(run()).extracting(Reported::at).containsExactly("b.rst:3:1");
    }

    @Test
    void eachIncludingSiteIsReported() throws IOException {
        tree().file("a.rst", page(include("snip.rst")))
                .file("sub/b.rst", page(include("../snip.rst")))
                .file("snip.rst", ":nosearch:\n\nShared.\n");
        assertThat(run()).extracting(Reported::at).containsExactly("a.rst:4:1", "sub/b.rst:4:1");
    }

    @Test
    void rstPrologDoesNotCutTheFieldsOfAnIncludedFile() throws IOException {
        // included after the title, ':orphan:' and ':nosearch:' are one visible field list: skipping only
        // ':orphan:' would still print ':nosearch:'
        Tree.at(dir)
                .conf("rst_prolog = \"\"\"\n.. |product| replace:: Mattermost\n\"\"\"\n")
                .file("index.rst", page(include("snip.rst")))
                .file("snip.rst", ":orphan:\n\n:nosearch:\n\nShared.\n");
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .contains("(:orphan:, :nosearch:)")
                        .contains("add ':start-after: :nosearch:'"));
    }
}
