package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IncludeUnusedRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new IncludeUnusedRule();

    IncludeUnusedRuleTest() {
        super(RULE);
    }

    @Test
    void nosearchFileNothingIncludes() throws IOException {
        tree().file("index.rst", page("Text.\n")).file("dead.rst", ":orphan:\n:nosearch:\n\nDead.\n");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("dead.rst:2:1");
            assertThat(r.message())
                    .isEqualTo("marked include-only with :nosearch: but no page includes it and no toctree lists"
                            + " it: include it where it belongs, or delete it");
        });
    }

    @Test
    void noSearchSpellingIsNamed() throws IOException {
        tree().file("dead.rst", ":no-search:\n\nDead.\n");
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("marked include-only with :no-search: but"));
    }

    @Test
    void includedAsRstIsUsed() throws IOException {
        tree().file("index.rst", page(include("/_inc/a.rst", ":start-after: :nosearch:")))
                .file("_inc/a.rst", ":nosearch:\n\nA.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void includedOnlyLiterallyIsUsed() throws IOException {
        tree().file("index.rst", page(include("a.rst", ":literal:") + include("b.rst", ":code: rst")))
                .file("a.rst", ":nosearch:\n\nA.\n")
                .file("b.rst", ":nosearch:\n\nB.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void listedInAToctreeIsUsed() throws IOException {
        tree().file("index.rst", page(".. toctree::\n\n   sub/a\n\n.. toctree::\n   :glob:\n\n   g/*\n\n"))
                .file("sub/a.rst", ":nosearch:\n\nA\n=\n")
                .file("g/x.rst", ":nosearch:\n\nX\n=\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void excludedFilesCountToo() throws IOException {
        Tree.at(dir)
                .conf("html_static_path = ['_static']\n")
                .file("index.rst", page(include("_static/used.rst", ":start-after: :nosearch:")))
                .file("_static/used.rst", ":nosearch:\n\nUsed.\n")
                .file("_static/badges/dead.rst", ":nosearch:\n\nDead.\n");
        assertThat(run()).extracting(Reported::at).containsExactly("_static/badges/dead.rst:1:1");
    }

    @Test
    void filesWithoutAHonouredNosearchAreNotIncludeOnlyByIntent() throws IOException {
        tree().file("index.rst", page("Text.\n"))
                .file("plain.rst", "Plain\n=====\n")
                .file("late.rst", "Late\n====\n\n:nosearch:\n")
                .file("wrongcase.rst", ":NoSearch:\n\nX.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void includedOnlyByADeadExcludedFileIsUnusedToo() throws IOException {
        // _static is not built, and nothing includes dead.rst, so its include of part.rst is never read
        Tree.at(dir)
                .conf("html_static_path = ['_static']\n")
                .file("_static/dead.rst", ":nosearch:\n\n" + include("/part.rst", ":start-after: :nosearch:"))
                .file("part.rst", ":nosearch:\n\nPart.\n");
        assertThat(run()).extracting(Reported::file).containsExactly("_static/dead.rst", "part.rst");
    }
}
