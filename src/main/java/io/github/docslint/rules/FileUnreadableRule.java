package io.github.docslint.rules;

import io.github.docslint.site.DocsGraph;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page, or a file a page includes, that cannot be read, is not valid in the configured encoding, or
 * nests constructs deeper than docutils can parse.
 */
final class FileUnreadableRule implements SourceRule {
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
        return "A source file cannot be read, is not valid in the configured encoding, or nests too deeply to parse;"
                + " it is not checked.";
    }

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        // pages, and what pages include: a file Sphinx never reads does not matter
        Set<String> read = new TreeSet<>(graph.pages());
        read.addAll(graph.contentFiles());
        for (String rel : read) {
            graph.project()
                    .file(rel)
                    .filter(f -> f.problem() != null)
                    .ifPresent(f -> reporter.report(
                            rel, f.problem().position(), f.problem().message()));
        }
    }
}
