package io.github.docslint.site;

import io.github.docslint.rst.HyperlinkTarget;
import io.github.docslint.rst.Include;
import io.github.docslint.rst.Link;
import io.github.docslint.rst.Position;
import io.github.docslint.rst.Reference;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.TargetNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The external links that references render, resolved as Sphinx resolves them: a page's build is
 * one docutils document ({@code rst_prolog}, the page with the part of each file it includes in
 * place, {@code rst_epilog}), so a named reference finds its target in any of them, a name two of
 * them bind to different places resolves to nothing, and anonymous references pair with anonymous
 * targets in the order of the whole document. Each link is reported where its reference is written;
 * a reference that two pages resolve to different URLs gives one link each.
 */
final class PageReferences {
    /** One file as a page's build reads it: the page itself, or the slice an include takes. */
    private record Part(String file, RstDocument document, IncludeSlice slice) {}

    /** An anonymous reference (in {@code file}, null for prolog and epilog) or target, in document order. */
    private record Anonymous(String file, Position reference, HyperlinkTarget target, boolean renders) {}

    /** What one page's build holds, in document order. */
    private static final class Page {
        final List<Part> parts = new ArrayList<>();
        final List<Anonymous> anonymous = new ArrayList<>();
    }

    /**
     * {@code links}: file -> the links its references render; {@code parts}: file -> the parts of it
     * the builds read (a file only ever included sliced renders nothing outside its slices).
     */
    record Resolved(Map<String, Set<Link>> links, Map<String, Set<IncludeSlice>> parts) {}

    private PageReferences() {}

    /** The references of every file, resolved over the builds of {@code pages}. */
    static Resolved resolve(DocsGraph graph, Set<String> pages) {
        Map<String, Set<Link>> out = new HashMap<>();
        Map<String, Set<IncludeSlice>> read = new HashMap<>();
        SphinxProject project = graph.project();
        for (String doc : pages) {
            Page page = page(graph, graph.build(doc));
            TargetNames names = new TargetNames();
            bindAll(names, project.prolog(), IncludeSlice.WHOLE);
            for (Part p : page.parts) {
                bindAll(names, p.document(), p.slice());
                read.computeIfAbsent(p.file(), k -> new LinkedHashSet<>()).add(p.slice());
            }
            bindAll(names, project.epilog(), IncludeSlice.WHOLE);
            for (Part p : page.parts) {
                for (Reference r : p.document().references()) {
                    if (p.slice().contains(r.position())) {
                        add(out, p.file(), names.resolve(r.name()), Link.Kind.NAMED_REFERENCE, r.position());
                    }
                }
            }
            pairAnonymous(page.anonymous, names, out);
        }
        return new Resolved(out, read);
    }

    private static void add(Map<String, Set<Link>> out, String file, String uri, Link.Kind kind, Position at) {
        if (file != null && uri != null && Link.isHttp(uri)) {
            out.computeIfAbsent(file, k -> new LinkedHashSet<>()).add(new Link(uri, kind, at));
        }
    }

    private static void bindAll(TargetNames names, RstDocument doc, IncludeSlice slice) {
        for (TargetNames.Binding b : doc.targetBindings()) {
            if (slice.contains(b.target().position())) {
                names.bind(b);
            }
        }
    }

    /** docutils pairs anonymous references and targets in order, and only when the counts agree. */
    private static void pairAnonymous(List<Anonymous> items, TargetNames names, Map<String, Set<Link>> out) {
        List<Anonymous> refs = new ArrayList<>();
        List<HyperlinkTarget> targets = new ArrayList<>();
        for (Anonymous a : items) {
            if (a.target() == null) {
                refs.add(a);
            } else {
                targets.add(a.target());
            }
        }
        if (refs.size() != targets.size()) {
            return;
        }
        for (int k = 0; k < refs.size(); k++) {
            if (!refs.get(k).renders()) {
                continue;
            }
            HyperlinkTarget t = targets.get(k);
            String uri = names.uriOf(t);
            add(
                    out,
                    refs.get(k).file(),
                    uri,
                    Link.Kind.ANONYMOUS_REFERENCE,
                    refs.get(k).reference());
        }
    }

    /** The page's build in document order, following the includes as {@link DocsGraph} walked them. */
    private static Page page(DocsGraph graph, DocsGraph.Build build) {
        Page page = new Page();
        SphinxProject project = graph.project();
        anonymousOf(null, project.prolog(), IncludeSlice.WHOLE, false, page.anonymous);
        RstDocument root = project.file(build.doc()).map(SourceFile::document).orElse(null);
        if (root != null) {
            read(
                    project,
                    build.doc(),
                    root,
                    IncludeSlice.WHOLE,
                    build.includes().iterator(),
                    page,
                    true);
        }
        anonymousOf(null, project.epilog(), IncludeSlice.WHOLE, false, page.anonymous);
        return page;
    }

    /** One part being read: its own anonymous items, how many are placed, where its include loop is. */
    private static final class Reading {
        final RstDocument doc;
        final IncludeSlice slice;
        final List<Anonymous> own = new ArrayList<>();
        int placed;
        int include;

        Reading(SphinxProject project, String file, RstDocument doc, IncludeSlice slice, Page page, boolean root) {
            this.doc = doc;
            this.slice = slice;
            page.parts.add(new Part(file, doc, slice));
            anonymousOf(file, doc, slice, root, own);
        }
    }

    /**
     * Reads one part: its anonymous items, with each include's content spliced in at the include.
     * The includes are met in the order of the graph's depth-first walk, so {@code uses} yields the
     * use of each include in turn. An explicit stack: an include chain may be thousands deep.
     */
    private static void read(
            SphinxProject project,
            String file,
            RstDocument doc,
            IncludeSlice slice,
            Iterator<DocsGraph.IncludeUse> uses,
            Page page,
            boolean root) {
        Deque<Reading> stack = new ArrayDeque<>();
        stack.push(new Reading(project, file, doc, slice, page, root));
        while (!stack.isEmpty()) {
            Reading r = stack.peek();
            Include inc = nextInclude(r);
            if (inc == null || !uses.hasNext()) { // no include left, or the walk stopped here
                page.anonymous.addAll(r.own.subList(r.placed, r.own.size()));
                stack.pop();
                continue;
            }
            DocsGraph.IncludeUse use = uses.next();
            while (r.placed < r.own.size() && at(r.own.get(r.placed)).compareTo(inc.position()) < 0) {
                page.anonymous.add(r.own.get(r.placed++));
            }
            if (use.outcome() != DocsGraph.Outcome.RST) {
                continue;
            }
            RstDocument td =
                    project.file(use.target()).map(SourceFile::document).orElse(null);
            IncludeSlice ts = project.slice(use.target(), inc).orElse(null);
            if (td != null && ts != null) {
                stack.push(new Reading(project, use.target(), td, ts, page, false));
            }
        }
    }

    /** The next include of the part that its build follows, or null. */
    private static Include nextInclude(Reading r) {
        List<Include> includes = r.doc.includes();
        while (r.include < includes.size()) {
            Include inc = includes.get(r.include++);
            if (r.slice.contains(inc.position())
                    && !inc.isStandard()
                    && !inc.path().isEmpty()) {
                return inc;
            }
        }
        return null;
    }

    private static Position at(Anonymous a) {
        return a.target() == null ? a.reference() : a.target().position();
    }

    /**
     * A file's anonymous items: for the page's own file in docutils' document order (its docinfo moved
     * before what precedes it), for an included part or the prolog and epilog in source order (a
     * field list there is no docinfo of the page).
     */
    private static void anonymousOf(
            String file, RstDocument doc, IncludeSlice slice, boolean documentOrder, List<Anonymous> out) {
        List<Anonymous> refs = new ArrayList<>();
        for (Position p : doc.anonymousReferences()) {
            if (slice.contains(p)) {
                refs.add(new Anonymous(
                        file, p, null, !doc.unrenderedAnonymousReferences().contains(p)));
            }
        }
        List<Anonymous> targets = new ArrayList<>();
        for (HyperlinkTarget t : doc.anonymousTargets()) {
            if (slice.contains(t.position())) {
                targets.add(new Anonymous(file, null, t, true));
            }
        }
        if (!documentOrder) {
            refs.sort(Comparator.comparing(PageReferences::at));
            targets.sort(Comparator.comparing(PageReferences::at));
        }
        // each list is in docutils' document order (which is not source order when a docinfo is moved
        // before what precedes it): merge them by position for the include splicing, keeping both orders
        int r = 0;
        int t = 0;
        while (r < refs.size() || t < targets.size()) {
            boolean takeRef =
                    t >= targets.size() || (r < refs.size() && at(refs.get(r)).compareTo(at(targets.get(t))) <= 0);
            out.add(takeRef ? refs.get(r++) : targets.get(t++));
        }
    }
}
