package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import java.util.List;
import java.util.Map;

/** A page that includes itself through a chain of includes. */
final class IncludeCycleRule implements SourceRule {
    @Override
    public String id() {
        return "include-cycle";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A file includes itself through a chain of includes.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (Map.Entry<DocsGraph.IncludeSite, List<DocsGraph.IncludeUse>> e :
                graph.includeUses().entrySet()) {
            for (DocsGraph.IncludeUse use : e.getValue()) {
                if (use.outcome() == DocsGraph.Outcome.CYCLE) {
                    reporter.report(
                            e.getKey().file(),
                            e.getKey().position(),
                            "include cycle: " + String.join(" -> ", use.chain())
                                    + "; docutils refuses the repeated include (circular inclusion) and the page misses that content: remove one of these includes");
                    break;
                }
            }
        }
    }
}
