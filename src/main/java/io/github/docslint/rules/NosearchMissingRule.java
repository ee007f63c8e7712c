package io.github.docslint.rules;

import io.github.docslint.rst.Position;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.util.Set;

/** An include-only page that Sphinx also builds and indexes on its own, without :nosearch:. */
final class NosearchMissingRule implements SourceRule {
    @Override
    public String id() {
        return "nosearch-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An include-only page is also built as a page of its own and shows up in search without"
                + " :nosearch: in its top field list.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (String page : graph.includeOnlyPages()) {
            SourceFile f = graph.project().rstFiles().get(page);
            if (f == null
                    || !f.isReadable()
                    || Nosearch.honoured(f.document(), Nosearch.hasProlog(graph))
                            .isPresent()) {
                continue;
            }
            Set<String> includers = graph.includersOf(page);
            String why = includers.isEmpty()
                    ? "matches the includeOnly patterns"
                    : "is included by " + Text.list(includers, 3);
            reporter.report(
                    page,
                    new Position(1, 1),
                    "include-only page (" + why + ") is also built on its own and indexed for search:"
                            + " add ':nosearch:' as the first line of the file");
        }
    }
}
