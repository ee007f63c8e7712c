package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import java.util.List;
import java.util.Map;

/** An include that leaves the base directory: a build elsewhere may not have the file, and docslint never reads it. */
final class IncludeOutsideRootRule implements SourceRule {
    @Override
    public String id() {
        return "include-outside-root";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An include resolves to a file outside the base directory (the Maven project by default).";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (Map.Entry<DocsGraph.IncludeSite, List<DocsGraph.IncludeUse>> e :
                graph.includeUses().entrySet()) {
            for (DocsGraph.IncludeUse use : e.getValue()) {
                if (use.outcome() == DocsGraph.Outcome.OUTSIDE_BASE) {
                    reporter.report(
                            e.getKey().file(),
                            e.getKey().position(),
                            "included file '" + use.include().path() + "' resolves to "
                                    + graph.project().absolute(use.target()) + ", outside the base directory "
                                    + graph.project().baseDir()
                                    + ": move the file into the project (docslint does not read files outside it)");
                    break;
                }
            }
        }
    }
}
