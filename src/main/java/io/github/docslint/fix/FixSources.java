package io.github.docslint.fix;

import io.github.docslint.rst.Field;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import io.github.docslint.site.SourceRoots;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one Sphinx root as the fixer sees them: each file's bytes as read once (what a change is
 * made to), its document as the check scanned it, its path as a note shows it.
 */
final class FixSources {
    static final String NOSEARCH = ":nosearch:";

    private final DocsGraph graph;
    private final Charset charset;
    private final boolean prolog;
    private final Map<String, Optional<SourceBytes>> texts = new HashMap<>();

    FixSources(DocsGraph graph, Charset charset) {
        this.graph = graph;
        this.charset = charset;
        this.prolog = !graph.project().conf().rstProlog().isEmpty();
    }

    DocsGraph graph() {
        return graph;
    }

    Charset charset() {
        return charset;
    }

    /** Whether conf.py sets rst_prolog: Sphinx then reads only a field list that starts on line 1. */
    boolean prolog() {
        return prolog;
    }

    /** The file's bytes as read the first time it was asked for; empty when it cannot be read. */
    Optional<SourceBytes> text(String rel) {
        return texts.computeIfAbsent(rel, k -> {
            try {
                return Optional.of(
                        new SourceBytes(Files.readAllBytes(graph.project().absolute(k)), charset));
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }

    /** The file's document as the check scanned it; empty when it could not be read. */
    Optional<RstDocument> document(String rel) {
        return graph.project().file(rel).filter(SourceFile::isReadable).map(SourceFile::document);
    }

    /** The file's path relative to the project, as notes show it. */
    String path(String rel) {
        return SourceRoots.relativePath(
                graph.project().baseDir(), graph.project().absolute(rel));
    }

    /** The last line of {@code target}'s top field list, stripped: what ':start-after:' cuts after. */
    String marker(String target, boolean newList) {
        if (newList) {
            return NOSEARCH;
        }
        return text(target).orElseThrow().line(lastFieldLine(target)).strip();
    }

    /** The last non-blank line of the top field list: its last field and that field's indented body. */
    int lastFieldLine(String target) {
        SourceBytes sb = text(target).orElseThrow();
        List<Field> top = document(target).orElseThrow().topFields();
        int last = top.get(top.size() - 1).position().line();
        for (int k = last + 1; k <= sb.lineCount(); k++) {
            String t = sb.line(k);
            if (t.isBlank()) {
                continue;
            }
            if (SourceBytes.indent(t) == 0) {
                break;
            }
            last = k;
        }
        return last;
    }
}
