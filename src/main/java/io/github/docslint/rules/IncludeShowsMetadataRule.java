package io.github.docslint.rules;

import io.github.docslint.rst.Field;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An include of a file with a top field list that does not skip it: the fields show up as text. */
final class IncludeShowsMetadataRule implements SourceRule {
    @Override
    public String id() {
        return "include-shows-metadata";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An include pulls in a file whose top field list (:orphan:, :nosearch:) it does not skip, so"
                + " the fields are printed as text on the including page.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (Map.Entry<DocsGraph.IncludeSite, List<DocsGraph.IncludeUse>> e :
                graph.includeUses().entrySet()) {
            for (DocsGraph.IncludeUse use : e.getValue()) {
                if (use.outcome() != DocsGraph.Outcome.RST || use.include().skipsStart()) {
                    continue;
                }
                List<Field> top = graph.project()
                        .file(use.target())
                        .filter(SourceFile::isReadable)
                        .map(f -> f.document().topFields())
                        .orElse(List.of());
                if (top.isEmpty()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (Field f : top) {
                    names.add(":" + f.name() + ":");
                }
                Field last = top.get(top.size() - 1);
                String marker = ":" + last.name() + ":"
                        + (last.body().isEmpty()
                                ? ""
                                : " " + last.body().lines().findFirst().orElse(""));
                reporter.report(
                        e.getKey().file(),
                        e.getKey().position(),
                        "includes " + use.target() + ", whose top fields (" + String.join(", ", names)
                                + ") will be printed as text here: add ':start-after: " + marker
                                + "' to the include");
                break; // one finding per include directive
            }
        }
    }
}
