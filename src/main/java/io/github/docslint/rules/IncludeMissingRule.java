package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** An include whose file does not exist, resolved as Sphinx does for each page that reads it. */
final class IncludeMissingRule implements SourceRule {
    @Override
    public String id() {
        return "include-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An include's file does not exist, resolved against each page that includes it.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (Map.Entry<DocsGraph.IncludeSite, List<DocsGraph.IncludeUse>> e :
                graph.includeUses().entrySet()) {
            TreeSet<String> resolved = new TreeSet<>();
            TreeSet<String> docs = new TreeSet<>();
            String path = null;
            for (DocsGraph.IncludeUse use : e.getValue()) {
                if (use.outcome() == DocsGraph.Outcome.MISSING) {
                    resolved.add(use.target());
                    docs.add(use.doc());
                    path = use.include().path();
                }
            }
            if (path == null) {
                continue;
            }
            String where = docs.size() == 1 && docs.first().equals(e.getKey().file())
                    ? ""
                    : " (in the build of " + Text.list(docs, 3) + ")";
            if (resolved.size() == 1
                    && graph.project()
                            .path(resolved.first())
                            .filter(java.nio.file.Files::isDirectory)
                            .isPresent()) {
                reporter.report(
                        e.getKey().file(),
                        e.getKey().position(),
                        "included path '" + path + "' is a folder (" + resolved.first() + "): include a file in it");
                continue;
            }
            reporter.report(
                    e.getKey().file(),
                    e.getKey().position(),
                    "included file '" + path + "' not found: it resolves to " + Text.list(resolved, 3) + where
                            + "; a relative path is relative to the page being built, '/path' to the source root");
        }
    }
}
