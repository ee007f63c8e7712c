package io.github.docslint.rules;

import io.github.docslint.rst.Comment;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The suppression comments of the files a run read, by absolute path: a finding is hidden by the
 * comments of the file it is reported in (an included snippet's findings by the snippet's own comments).
 */
public final class Suppressions {
    private final Map<Path, List<Suppression>> byFile = new HashMap<>();

    /** The suppressions written in one document, in source order. */
    public static List<Suppression> in(RstDocument doc) {
        List<Suppression> out = new ArrayList<>();
        for (Comment c : doc.comments()) {
            Suppression.of(c).ifPresent(out::add);
        }
        return out;
    }

    /** Adds the suppressions of {@code file}. */
    public void add(Path file, RstDocument doc) {
        List<Suppression> found = in(doc);
        if (!found.isEmpty()) {
            byFile.putIfAbsent(file, found);
        }
    }

    /**
     * Adds the suppressions of every readable file of the graph: what its pages are built from, and
     * the rst files conf.py excludes (include-unused still reports on those).
     */
    public void add(DocsGraph graph) {
        Set<String> files = filesRead(graph);
        files.addAll(graph.project().rstFiles().keySet());
        for (String rel : files) {
            graph.project()
                    .file(rel)
                    .map(SourceFile::document)
                    .ifPresent(doc -> add(graph.project().absolute(rel), doc));
        }
    }

    /** Pages and what they include: the files whose findings a run reports. */
    static Set<String> filesRead(DocsGraph graph) {
        Set<String> files = new TreeSet<>(graph.pages());
        files.addAll(graph.contentFiles());
        return files;
    }

    /** Whether a suppression comment of the finding's file silences it. */
    public boolean hides(Finding f) {
        List<Suppression> in = byFile.get(f.file());
        return in != null
                && in.stream().anyMatch(s -> s.covers(f.rule(), f.position().line()));
    }

    /** The suppressions of the readable file {@code rel}, if any. */
    static List<Suppression> of(DocsGraph graph, String rel) {
        Optional<RstDocument> doc = graph.project().file(rel).map(SourceFile::document);
        return doc.map(Suppressions::in).orElse(List.of());
    }
}
