package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class IncludeCycleRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new IncludeCycleRule();

    IncludeCycleRuleTest() {
        super(RULE);
    }

    @Test
    void selfInclude() throws IOException {
        tree().file("a.rst", page(include("a.rst")));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("a.rst:4:1");
            assertThat(r.message())
                    .startsWith("include cycle: a.rst -> a.rst;")
                    .contains("remove one of these includes");
        });
    }

    @Test
    void chainOfThreeIsNamedInOrder() throws IOException {
        tree().file("index.rst", page(include("a.rst")))
                .file("a.rst", include("b.rst"))
                .file("b.rst", include("c.rst"))
                .file("c.rst", "C.\n\n" + include("a.rst"));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("c.rst:3:1");
            assertThat(r.message()).startsWith("include cycle: a.rst -> b.rst -> c.rst -> a.rst;");
        });
    }

    @Test
    void twoFileCycleNothingElseReaches() throws IOException {
        tree().file("a.rst", include("b.rst")).file("b.rst", include("a.rst"));
        // both are top-level documents: each build closes the cycle at the other's include
        assertThat(run())
                .extracting(
                        r -> r.at() + " " + r.message().substring(0, r.message().indexOf(';')))
                .containsExactlyInAnyOrder(
                        "b.rst:1:1 include cycle: a.rst -> b.rst -> a.rst",
                        "a.rst:1:1 include cycle: b.rst -> a.rst -> b.rst");
    }

    @Test
    void sameFileTwiceIsNoCycle() throws IOException {
        tree().file("index.rst", page(include("x.rst") + include("x.rst")))
                .file("x.rst", include("y.rst"))
                .file("y.rst", "Y.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void selfIncludeWithStartAfterReachingItselfAgainIsACycle() throws IOException {
        // docutils: "circular inclusion in include directive: a.rst > a.rst > a.rst"
        tree().file("a.rst", page(".. part-start\n\n" + include("a.rst", ":start-after: .. part-start")));
        assertThat(run())
                .singleElement()
                .satisfies(r -> assertThat(r.message()).startsWith("include cycle: a.rst -> a.rst -> a.rst;"));
    }

    @Test
    void selfIncludeWithDifferentStartAfterIsNoCycle() throws IOException {
        // the text after the first ".. part-start" holds no include: docutils 0.19 and Sphinx 5.3 build it
        // without a warning
        tree().file("a.rst", page(include("a.rst", ":start-after: .. part-start") + ".. part-start\n\nPart.\n"));
        assertThat(run()).isEmpty();
    }
}
