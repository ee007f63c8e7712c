package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.check;
import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NosearchMissingRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new NosearchMissingRule();

    NosearchMissingRuleTest() {
        super(RULE);
    }

    List<Reported> runWithIncludeOnly(String... includeOnly) throws IOException {
        return check(RULE, dir, includeOnly);
    }

    @Test
    void includedPageWithoutNosearch() throws IOException {
        tree().file("index.rst", page(include("snip.rst"))).file("snip.rst", "Shared text.\n");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("snip.rst:1:1");
            assertThat(r.message())
                    .contains("include-only page (is included by index.rst)")
                    .contains("indexed for search")
                    .contains("add ':nosearch:' as the first line of the file");
        });
    }

    @Test
    void includersAreListedUpToThree() throws IOException {
        tree().file("a.rst", page(include("snip.rst")))
                .file("b.rst", page(include("snip.rst")))
                .file("c.rst", page(include("snip.rst")))
                .file("d.rst", page(include("snip.rst")))
                .file("snip.rst", "Shared text.\n");
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).contains("is included by a.rst, b.rst, c.rst and 1 more"));
    }

    @Test
    void nosearchAndNoSearchAreHonoured() throws IOException {
        tree().file(
                        "index.rst",
                        page(include("a.rst", ":start-after: :nosearch:") + include("b.rst", ":start-line: 1")))
                .file("a.rst", ":nosearch:\n\nA.\n")
                .file("b.rst", ":no-search:\n\nB.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void nosearchAfterOtherTopFieldsIsHonoured() throws IOException {
        tree().file("index.rst", page(include("a.rst", ":start-after: :nosearch:")))
                .file("a.rst", ":orphan:\n:nosearch:\n\nA.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void misplacedNosearchDoesNotCount() throws IOException {
        tree().file("index.rst", page(include("a.rst"))).file("a.rst", "A\n=\n\n:nosearch:\n");
        assertThat(run()).extracting(Reported::at).containsExactly("a.rst:1:1");
    }

    @Test
    void excludedFilesNeedNoNosearch() throws IOException {
        Tree.at(dir)
                .conf("exclude_patterns = ['_includes/**']\nhtml_static_path = ['_static']\n")
                .file("index.rst", page(include("_includes/deep/a.rst") + include("_static/b.rst")))
                .file("_includes/deep/a.rst", "A.\n")
                .file("_static/b.rst", "B.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void includeOnlyGlobPageWithoutNosearch() throws IOException {
        tree().file("index.rst", page("Text.\n"))
                .file("_shared/new.rst", "Not included yet.\n")
                .file("_shared/ready.rst", ":nosearch:\n\nReady.\n");
        assertThat(runWithIncludeOnly("_shared/*")).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("_shared/new.rst:1:1");
            assertThat(r.message())
                    .contains("include-only page (matches the includeOnly patterns)")
                    .contains("add ':nosearch:'");
        });
        assertThat(run()).isEmpty();
    }

    @Test
    void includeOnlyGlobDoesNotReachExcludedFiles() throws IOException {
        Tree.at(dir).conf("exclude_patterns = ['_shared']\n").file("_shared/new.rst", "Not included yet.\n");
        assertThat(runWithIncludeOnly("_shared/*")).isEmpty();
    }

    @Test
    void pagesNothingIncludesAndLiteralIncludesNeedNoNosearch() throws IOException {
        tree().file("index.rst", page(include("code.rst", ":literal:") + include("other.rst", ":code: rst")))
                .file("code.rst", "Shown as code.\n")
                .file("other.rst", "Shown as code too.\n")
                .file("alone.rst", "Alone\n=====\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void rstPrologSplitsOrphanFromNosearch() throws IOException {
        String snippet = ":orphan:\n\n:nosearch:\n\nShared.\n";
        Tree.at(dir)
                .conf("rst_prolog = \"\"\"\n.. |product| replace:: Mattermost\n\"\"\"\n")
                .file("index.rst", page(include("snip.rst", ":start-after: :nosearch:")))
                .file("snip.rst", snippet);
        assertThat(run()).extracting(Reported::at).containsExactly("snip.rst:1:1");

        // without rst_prolog the blank line does not end the top field list
        Tree.at(dir).conf("");
        assertThat(run()).isEmpty();
    }
}
