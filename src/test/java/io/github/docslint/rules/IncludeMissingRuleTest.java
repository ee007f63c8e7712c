package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IncludeMissingRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new IncludeMissingRule();

    IncludeMissingRuleTest() {
        super(RULE);
    }

    @Test
    void missingFromThePageItself() throws IOException {
        tree().file("sub/index.rst", page(include("nope.rst")));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("sub/index.rst:4:1");
            assertThat(r.message())
                    .isEqualTo("included file 'nope.rst' not found: it resolves to sub/nope.rst; a relative path is"
                            + " relative to the page being built, '/path' to the source root");
        });
    }

    @Test
    void aFolderIsNamedAsOne() throws IOException {
        tree().file("index.rst", page(include("shared/"))).file("shared/part.rst", "Part.\n");
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .isEqualTo("included path 'shared/' is a folder (shared): include a file in it"));
    }

    @Test
    void absolutePathMissing() throws IOException {
        tree().file("sub/index.rst", page(include("/shared/nope.rst")));
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .startsWith("included file '/shared/nope.rst' not found: it resolves to shared/nope.rst;"));
    }

    @Test
    void missingForOnePageOnly() throws IOException {
        tree().file("a/page.rst", page(include("/_snip/s.rst", ":start-after: :nosearch:")))
                .file("b/page.rst", page(include("../_snip/s.rst", ":start-after: :nosearch:")))
                .file("_snip/s.rst", ":nosearch:\n\n" + include("part.rst"))
                .file("a/part.rst", "Part.\n");
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("_snip/s.rst:3:1");
            assertThat(r.message())
                    .startsWith("included file 'part.rst' not found: it resolves to b/part.rst (in the build of"
                            + " b/page.rst);");
        });
    }

    @Test
    void missingForSeveralPages() throws IOException {
        tree().file("a/page.rst", page(include("/_snip/s.rst", ":start-after: :nosearch:")))
                .file("b/page.rst", page(include("/_snip/s.rst", ":start-after: :nosearch:")))
                .file("_snip/s.rst", ":nosearch:\n\n" + include("part.rst"))
                // next to the snippet: not where Sphinx looks
                .file("_snip/part.rst", "Part.\n");
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message())
                        .contains("it resolves to a/part.rst, b/part.rst (in the build of a/page.rst, b/page.rst)"));
    }

    @Test
    void literalIncludeOfAMissingFile() throws IOException {
        tree().file("index.rst", page(include("code.py", ":literal:")));
        assertThat(run()).extracting(Reported::at).containsExactly("index.rst:4:1");
    }

    @Test
    void presentAndStandardIncludesAreFine() throws IOException {
        tree().file("index.rst", page(include("<isonum.txt>") + include("here.txt") + include("/here.txt")))
                .file("here.txt", "Here.\n");
        assertThat(run()).isEmpty();
    }
}
