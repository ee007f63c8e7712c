package io.github.docslint.site;

import io.github.docslint.rst.Link;
import io.github.docslint.rst.Reference;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.TargetNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The external links that named references render, resolved as Sphinx resolves them: a page's
 * build is one docutils document (the page, {@code rst_prolog} before it, {@code rst_epilog} after
 * it, and the part of each file it includes), so a reference finds its target in any of them, and a
 * name two of them bind to different places resolves to nothing. Each link is reported where its
 * reference is written; a reference that two pages resolve to different URLs gives one link each.
 */
final class PageReferences {
    /** One file as a page's build reads it: the page itself, or the slice an include takes. */
    private record Part(String file, RstDocument document, IncludeSlice slice) {}

    private PageReferences() {}

    /** file -> the links its named references render, over the builds of {@code pages}. */
    static Map<String, Set<Link>> resolve(DocsGraph graph, Set<String> pages) {
        Map<String, Set<Link>> out = new HashMap<>();
        for (String page : pages) {
            List<Part> parts = parts(graph, graph.build(page));
            TargetNames names = new TargetNames();
            SphinxProject project = graph.project();
            bindAll(names, project.prolog(), IncludeSlice.WHOLE);
            for (Part p : parts) {
                bindAll(names, p.document(), p.slice());
            }
            bindAll(names, project.epilog(), IncludeSlice.WHOLE);
            for (Part p : parts) {
                for (Reference r : p.document().references()) {
                    if (!p.slice().contains(r.position())) {
                        continue;
                    }
                    String uri = names.resolve(r.name());
                    if (uri != null && Link.isHttp(uri)) {
                        out.computeIfAbsent(p.file(), k -> new LinkedHashSet<>())
                                .add(new Link(uri, Link.Kind.NAMED_REFERENCE, r.position()));
                    }
                }
            }
        }
        return out;
    }

    private static void bindAll(TargetNames names, RstDocument doc, IncludeSlice slice) {
        for (TargetNames.Binding b : doc.targetBindings()) {
            if (slice.contains(b.target().position())) {
                names.bind(b);
            }
        }
    }

    /** The page and every file its build includes as rst, each with the part it takes. */
    private static List<Part> parts(DocsGraph graph, DocsGraph.Build build) {
        SphinxProject project = graph.project();
        List<Part> parts = new ArrayList<>();
        project.file(build.doc())
                .map(SourceFile::document)
                .ifPresent(d -> parts.add(new Part(build.doc(), d, IncludeSlice.WHOLE)));
        for (DocsGraph.IncludeUse u : build.includes()) {
            if (u.outcome() != DocsGraph.Outcome.RST) {
                continue;
            }
            RstDocument d = project.file(u.target()).map(SourceFile::document).orElse(null);
            IncludeSlice slice = project.slice(u.target(), u.include()).orElse(null);
            if (d != null && slice != null) {
                parts.add(new Part(u.target(), d, slice));
            }
        }
        return parts;
    }
}
