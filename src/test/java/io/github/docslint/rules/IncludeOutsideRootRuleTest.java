package io.github.docslint.rules;

import static io.github.docslint.rules.RuleHarness.include;
import static io.github.docslint.rules.RuleHarness.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.Tree;
import io.github.docslint.rules.RuleHarness.Reported;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncludeOutsideRootRuleTest extends RuleTestSupport {
    static final SourceRule RULE = new IncludeOutsideRootRule();

    IncludeOutsideRootRuleTest() {
        super(RULE);
    }

    Path base;
    Path root;

    List<Reported> run() throws IOException {
        return RuleHarness.check(RULE, RuleHarness.graph(root, base, List.of()), RuleSettings.defaults());
    }

    void layout(String index) {
        base = dir.resolve("project");
        root = base.resolve("docs");
        Tree.at(root).conf("").file("index.rst", page(index));
        // what docslint would report if it read the file: invalid UTF-8, an image without alt text, and an
        // include of a missing file
        Tree.at(dir)
                .bytes("outside.rst", new byte[] {'.', '.', ' ', 'i', 'm', 'a', 'g', 'e', ':', ':', ' ', 'x', '\n'})
                .file("outside2.rst", ".. image:: x.png\n\n.. include:: missing.rst\n\nBad \u00ff\n")
                .bytes("bad.rst", new byte[] {'B', 'a', 'd', ' ', (byte) 0xff, '\n'});
    }

    @Test
    void includeLeavingTheBaseDirectory() throws IOException {
        layout(include("../../outside.rst"));
        assertThat(run()).singleElement().satisfies(r -> {
            assertThat(r.at()).isEqualTo("index.rst:4:1");
            assertThat(r.message())
                    .isEqualTo("included file '../../outside.rst' resolves to " + dir.resolve("outside.rst")
                            + ", outside the base directory " + base
                            + ": move the file into the project (docslint does not read files outside it)");
        });
    }

    @Test
    void theFileOutsideIsNeverRead() throws IOException {
        layout(include("../../outside2.rst") + include("../../bad.rst"));
        LintResult result = Linter.run(LintRequest.of(base));
        assertThat(result.findings())
                .extracting(f -> f.rule() + " " + f.position())
                .containsExactly("include-outside-root 4:1", "include-outside-root 6:1");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.file()).isEqualTo(root.resolve("index.rst")));
    }

    @Test
    void absolutePathCannotLeaveTheRootUpwards() throws IOException {
        // '/../x' is relative to the source root: docs/../x is project/x, inside the base
        layout(include("/../inside.rst"));
        Tree.at(base).file("inside.rst", "Inside.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void outsideTheRootButInsideTheBaseIsFine() throws IOException {
        layout(include("../README.rst"));
        Tree.at(base).file("README.rst", "Readme.\n");
        assertThat(run()).isEmpty();
    }

    @Test
    void rootThatIsTheBase() throws IOException {
        Tree.at(dir).conf("").file("index.rst", page(include("../outside.rst")));
        assertThat(RuleHarness.check(RULE, dir)).extracting(Reported::at).containsExactly("index.rst:4:1");
    }
}
