package io.github.docslint.rules;

import io.github.docslint.rst.Field;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.util.Optional;

/** A file marked include-only with :nosearch: that nothing includes and no toctree lists. */
final class IncludeUnusedRule implements SourceRule {
    @Override
    public String id() {
        return "include-unused";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "A file with :nosearch: (include-only by intent) that no page includes and no toctree lists:"
                + " dead content.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (SourceFile f : graph.project().rstFiles().values()) {
            if (!f.isReadable()) {
                continue;
            }
            Optional<Field> nosearch = Nosearch.honoured(f.document(), Nosearch.hasProlog(graph));
            if (nosearch.isEmpty() || graph.isIncluded(f.relPath()) || graph.isListedInToctree(f.relPath())) {
                continue;
            }
            reporter.report(
                    f.relPath(),
                    nosearch.get().position(),
                    "marked include-only with :" + nosearch.get().name()
                            + ": but no page includes it and no toctree lists it: include it where it belongs,"
                            + " or delete it");
        }
    }
}
