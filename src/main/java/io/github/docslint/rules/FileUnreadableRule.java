package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;

/** A source file that cannot be read or is not valid in the configured encoding. */
final class FileUnreadableRule implements Rule {
    @Override
    public String id() {
        return "file-unreadable";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "A source file cannot be read, or is not valid in the configured encoding; it is not checked.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        for (SourceFile f : graph.project().rstFiles().values()) {
            if (f.problem() != null) {
                reporter.report(f.relPath(), f.problem().position(), f.problem().message());
            }
        }
        for (String rel : graph.contentFiles()) {
            graph.project()
                    .file(rel)
                    .filter(f ->
                            f.problem() != null && !graph.project().rstFiles().containsKey(rel))
                    .ifPresent(f -> reporter.report(
                            rel, f.problem().position(), f.problem().message()));
        }
    }
}
