package io.github.docslint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.docslint.changes.ChangeScope;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.RuleSettings;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.SourceRule;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SphinxProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/** The source rules shared between threads give what one thread gives, in the same order. */
class SourceRuleRunsTest {
    @TempDir
    Path dir;

    @RepeatedTest(3)
    void threadsTakingRunsGiveTheFindingsOfOneThreadInRuleOrder() throws Exception {
        Tree tree = Tree.at(dir).conf("");
        for (int i = 0; i < 30; i++) {
            tree.file(
                    "p" + i + ".rst",
                    "Page\n====\n\n.. image:: missing" + i + ".png\n\n.. image:: x.png\n   :alt: screenshot\n\n"
                            + ".. include:: snippet.rst\n");
        }
        tree.file("snippet.rst", "Snippet without nosearch.\n");
        DocsGraph graph =
                DocsGraph.build(SphinxProject.load(dir, dir, List.of(), StandardCharsets.UTF_8, w -> {}), List.of());

        SourceRuleRuns one = runs(graph);
        one.takeRuns();
        List<Finding> expected = one.findings();

        SourceRuleRuns shared = runs(graph);
        CompletableFuture<Void> other = CompletableFuture.runAsync(shared::takeRuns);
        shared.takeRuns();
        other.join();

        assertThat(expected)
                .extracting(Finding::rule)
                .contains("image-missing", "image-alt-placeholder", "nosearch-missing");
        assertThat(shared.findings()).isEqualTo(expected);
        // rule order, then the order each rule reported in
        List<String> order = Rules.sourceRules().stream().map(SourceRule::id).toList();
        assertThat(expected).extracting(f -> order.indexOf(f.rule())).isSorted();
    }

    private static SourceRuleRuns runs(DocsGraph graph) {
        return new SourceRuleRuns(
                Map.of(graph, ChangeScope.ALL),
                SourceRule::defaultSeverity,
                RuleSettings.defaults(),
                FileFilter.defaults());
    }
}
