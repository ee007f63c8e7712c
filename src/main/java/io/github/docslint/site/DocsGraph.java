package io.github.docslint.site;

import io.github.docslint.rst.Include;
import io.github.docslint.rst.Link;
import io.github.docslint.rst.Position;
import io.github.docslint.rst.RstDocument;
import io.github.docslint.rst.Toctree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How the pages of a Sphinx project include each other, computed as Sphinx builds them: every
 * include in a page's build (its own and those of the files it includes) resolves against the
 * directory of that page ({@code /x} against the source root), because Sphinx resolves relative to
 * the document being built, not the included file.
 *
 * <p>Top-level documents are the pages no page includes, the pages a toctree lists, and any page no
 * such document reaches; an include-only page's own stand-alone build is not one of them, so a
 * relative path inside a snippet is checked against each page that includes it.
 *
 * <p>Safe for use from several threads once built.
 */
public final class DocsGraph {

    /**
     * One include as met in the build of page {@code doc}: written in {@code file}, resolved to
     * {@code target}; {@code chain} lists the files of the cycle it closes, if it does.
     */
    public record IncludeUse(
            String doc, String file, Include include, String target, Outcome outcome, List<String> chain) {
        IncludeUse(String doc, String file, Include include, String target, Outcome outcome) {
            this(doc, file, include, target, outcome, List.of());
        }
    }

    public enum Outcome {
        /** the target exists and is parsed as rst */
        RST,
        /** the target exists and is included as text or by another parser */
        NOT_RST,
        MISSING,
        /** the target lies outside the base directory: never read */
        OUTSIDE_BASE,
        /** the target is already being included in this chain */
        CYCLE
    }

    /** The files a page's build reads, and the includes met on the way. */
    public record Build(String doc, Set<String> files, List<IncludeUse> includes) {}

    private final SphinxProject project;
    private final Map<String, Build> builds = new ConcurrentHashMap<>();
    private final Set<String> pages;
    private final Set<String> topLevelDocs;
    private final Map<String, Set<String>> includers;
    private final Set<String> includedAtAll;
    private final Set<String> listedDocnames;
    private final Set<String> contentFiles;
    private final Set<String> includeOnlyPages;
    // computed on first use, each under its own lock: the rules ask for one, the link collection for the other
    private final Object includeUsesLock = new Object();
    private Map<IncludeSite, List<IncludeUse>> includeUses;
    private final Object referencesLock = new Object();
    private PageReferences.Resolved references;

    private DocsGraph(SphinxProject project, List<Pattern> includeOnlyGlobs) {
        this.project = project;
        Set<String> pg = new TreeSet<>();
        for (String rel : project.rstFiles().keySet()) {
            if (project.isPage(rel)) {
                pg.add(rel);
            }
        }
        this.pages = Collections.unmodifiableSet(pg);
        Set<String> docnames = new HashSet<>();
        for (String p : pages) {
            docnames.add(docname(p));
        }

        Map<String, Set<String>> inc1 = includedBy(pages, false);
        Set<String> toc1 = listedBy(pages, docnames);
        Set<String> docs = new TreeSet<>();
        for (String p : pages) {
            if (!inc1.containsKey(p) || toc1.contains(docname(p))) {
                docs.add(p);
            }
        }
        Map<String, Set<String>> inc2 = includedBy(docs, false);
        for (String p : pages) {
            if (!docs.contains(p) && !inc2.containsKey(p)) {
                docs.add(p);
            }
        }
        this.topLevelDocs = Collections.unmodifiableSet(docs);
        this.includers = Collections.unmodifiableMap(includedBy(docs, false));
        this.includedAtAll = Collections.unmodifiableSet(includedBy(docs, true).keySet());
        this.listedDocnames = Collections.unmodifiableSet(listedBy(docs, docnames));

        Set<String> content = new TreeSet<>();
        for (String p : pages) {
            content.addAll(build(p).files());
        }
        this.contentFiles = Collections.unmodifiableSet(content);

        Set<String> only = new TreeSet<>();
        for (String t : includers.keySet()) {
            if (pages.contains(t)) {
                only.add(t);
            }
        }
        for (String p : pages) {
            for (Pattern g : includeOnlyGlobs) {
                if (g.matcher(p).matches()) {
                    only.add(p);
                }
            }
        }
        this.includeOnlyPages = Collections.unmodifiableSet(only);
    }

    /**
     * @param includeOnlyGlobs patterns (relative to the source root) of pages that are include-only
     *     even though nothing includes them yet
     */
    public static DocsGraph build(SphinxProject project, List<Pattern> includeOnlyGlobs) {
        return new DocsGraph(project, includeOnlyGlobs);
    }

    public SphinxProject project() {
        return project;
    }

    /** The rst files of the root that Sphinx builds as pages (not excluded by conf.py). */
    public Set<String> pages() {
        return pages;
    }

    public Set<String> topLevelDocs() {
        return topLevelDocs;
    }

    /** Pages that other pages include (or that the includeOnly globs name): they need :nosearch:. */
    public Set<String> includeOnlyPages() {
        return includeOnlyPages;
    }

    /** The files that include {@code rel} (rst-parsed includes) in the builds of top-level documents. */
    public Set<String> includersOf(String rel) {
        return includers.getOrDefault(rel, Set.of());
    }

    /** Whether any top-level document's build includes {@code rel}, as rst or as text. */
    public boolean isIncluded(String rel) {
        return includedAtAll.contains(rel);
    }

    /** Whether a toctree of a top-level document's build lists {@code rel}. */
    public boolean isListedInToctree(String rel) {
        return listedDocnames.contains(docname(rel));
    }

    /** Every file whose content is part of some page's build: pages and what they include as rst. */
    public Set<String> contentFiles() {
        return contentFiles;
    }

    /**
     * The external links file {@code rel} renders in the pages' builds, in position order: its own
     * links, except that its references are resolved in each build as a whole (named ones against the
     * targets of the files it includes or that include it, of {@code rst_prolog} and {@code
     * rst_epilog}; anonymous ones paired in the order of the whole build) rather than in the file
     * alone. A file that the builds only read in slices renders only what lies inside them. Raw-HTML
     * links are not among them.
     */
    public List<Link> links(String rel) {
        RstDocument doc = project.file(rel).map(SourceFile::document).orElse(null);
        if (doc == null) {
            return List.of();
        }
        PageReferences.Resolved references = references();
        Set<IncludeSlice> parts = references.parts().getOrDefault(rel, Set.of(IncludeSlice.WHOLE));
        Set<Link> links = new LinkedHashSet<>();
        for (Link l : doc.links()) {
            boolean reference = l.kind() == Link.Kind.NAMED_REFERENCE || l.kind() == Link.Kind.ANONYMOUS_REFERENCE;
            if (!reference && parts.stream().anyMatch(p -> p.contains(l.position()))) {
                links.add(l);
            }
        }
        links.addAll(references.links().getOrDefault(rel, Set.of()));
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(Link::position));
        return sorted;
    }

    private PageReferences.Resolved references() {
        synchronized (referencesLock) {
            if (references == null) {
                references = PageReferences.resolve(this, pages);
            }
            return references;
        }
    }

    /** The build of page {@code doc}: the files it reads and the includes met. */
    public Build build(String doc) {
        Build b = builds.get(doc);
        return b != null ? b : builds.computeIfAbsent(doc, this::walk);
    }

    private static String docname(String rel) {
        return rel.endsWith(".rst") ? rel.substring(0, rel.length() - 4) : rel;
    }

    /** target -> the files that include it, over the builds of {@code docs}. */
    private Map<String, Set<String>> includedBy(Set<String> docs, boolean withText) {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String d : docs) {
            for (IncludeUse u : build(d).includes()) {
                boolean counts = u.outcome() == Outcome.RST
                        || u.outcome() == Outcome.CYCLE
                        || (u.outcome() == Outcome.NOT_RST
                                && (withText || !u.include().isLiteral()));
                if (counts && !u.target().equals(u.file())) {
                    out.computeIfAbsent(u.target(), k -> new TreeSet<>()).add(u.file());
                }
            }
        }
        return out;
    }

    /** Docnames listed by the toctrees in the builds of {@code docs} (glob entries expanded). */
    private Set<String> listedBy(Set<String> docs, Set<String> docnames) {
        Set<String> listed = new HashSet<>();
        for (String d : docs) {
            for (String f : build(d).files()) {
                project.file(f).map(SourceFile::document).ifPresent(doc -> {
                    for (Toctree t : doc.toctrees()) {
                        for (Toctree.Entry e : t.entries()) {
                            addListed(d, t.glob() && !e.explicitTitle(), e.target(), docnames, listed);
                        }
                    }
                });
            }
        }
        return listed;
    }

    private static void addListed(String doc, boolean glob, String target, Set<String> docnames, Set<String> out) {
        if (target.equals("self") || target.contains("://") || target.startsWith("mailto:")) {
            return;
        }
        String name = target.startsWith("/") ? normalize(target.substring(1)) : resolve(target, doc);
        name = docname(name);
        if (glob && (target.contains("*") || target.contains("?") || target.contains("["))) {
            Predicate<String> p;
            try {
                p = SphinxGlob.matcher(name);
            } catch (IllegalArgumentException e) {
                return; // Sphinx rejects the pattern too; it lists nothing
            }
            for (String dn : docnames) {
                // Sphinx leaves the page holding the toctree out of its glob matches
                if (!dn.equals(docname(doc)) && p.test(dn)) {
                    out.add(dn);
                }
            }
        } else {
            out.add(name);
        }
    }

    /** Resolves an include or image path as Sphinx does for the page {@code doc}. */
    public static String resolve(String path, String doc) {
        if (path.startsWith("/")) {
            return normalize(path.substring(1));
        }
        int slash = doc.lastIndexOf('/');
        return normalize(slash < 0 ? path : doc.substring(0, slash + 1) + path);
    }

    /** posixpath.normpath for a relative path: '.' and '..' folded, '..' kept when it leaves the root. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? "." : String.join("/", parts);
    }

    // ---------------------------------------------------------------------------------------------

    private record Frame(String file, String key, List<Include> includes, int[] next) {}

    /**
     * The build of one page: a depth-first walk through its includes with an explicit stack (an
     * include chain may be thousands deep). docutils refuses an include whose file is already open
     * in the chain with the same slice options: that is a cycle.
     */
    private Build walk(String doc) {
        Set<String> files = new LinkedHashSet<>();
        List<IncludeUse> uses = new ArrayList<>();
        Deque<Frame> stack = new ArrayDeque<>();
        Set<String> open = new HashSet<>();
        RstDocument root = project.file(doc).map(SourceFile::document).orElse(null);
        files.add(doc);
        if (root == null) {
            return new Build(doc, files, uses);
        }
        String rootKey = doc + "\u0000";
        stack.push(new Frame(doc, rootKey, root.includes(), new int[1]));
        open.add(rootKey);
        while (!stack.isEmpty()) {
            Frame f = stack.peek();
            if (f.next()[0] >= f.includes().size()) {
                stack.pop();
                open.remove(f.key());
                continue;
            }
            Include inc = f.includes().get(f.next()[0]++);
            if (inc.isStandard() || inc.path().isEmpty()) {
                continue;
            }
            String target = resolve(inc.path(), doc);
            if (!project.isInsideBase(target)) {
                uses.add(new IncludeUse(doc, f.file(), inc, target, Outcome.OUTSIDE_BASE));
                continue;
            }
            if (!project.exists(target)) {
                uses.add(new IncludeUse(doc, f.file(), inc, target, Outcome.MISSING));
                continue;
            }
            if (!inc.isParsedAsRst()) {
                uses.add(new IncludeUse(doc, f.file(), inc, target, Outcome.NOT_RST));
                continue;
            }
            String key = target + "\u0000" + sliceKey(inc);
            if (open.contains(key)) {
                List<String> chain = new ArrayList<>();
                for (var it = stack.descendingIterator(); it.hasNext(); ) {
                    chain.add(it.next().file());
                }
                chain.add(target);
                List<String> cycle = chain.subList(chain.indexOf(target), chain.size());
                uses.add(new IncludeUse(doc, f.file(), inc, target, Outcome.CYCLE, List.copyOf(cycle)));
                continue;
            }
            uses.add(new IncludeUse(doc, f.file(), inc, target, Outcome.RST));
            files.add(target);
            RstDocument td = project.file(target).map(SourceFile::document).orElse(null);
            if (td != null && !td.includes().isEmpty()) {
                // only the includes inside the part this include takes are followed
                IncludeSlice slice = project.slice(target, inc).orElse(null);
                List<Include> inner = slice == null
                        ? List.of()
                        : td.includes().stream()
                                .filter(x -> slice.contains(x.position()))
                                .toList();
                stack.push(new Frame(target, key, inner, new int[1]));
                open.add(key);
            }
        }
        return new Build(doc, Collections.unmodifiableSet(files), uses);
    }

    private static String sliceKey(Include inc) {
        if (!inc.skipsStart()
                && !inc.options().containsKey("end-line")
                && !inc.options().containsKey("end-before")) {
            return ""; // the same key docutils gives the page itself: including it is a cycle
        }
        return Objects.toString(inc.option("start-line").orElse(null)) + "\u0000"
                + inc.option("end-line").orElse(null) + "\u0000"
                + inc.option("end-before").orElse(null) + "\u0000"
                + inc.option("start-after").orElse(null);
    }

    /** Every (file, include) of the top-level documents' builds, with the documents where it was met. */
    public Map<IncludeSite, List<IncludeUse>> includeUses() {
        synchronized (includeUsesLock) {
            if (includeUses == null) {
                includeUses = Collections.unmodifiableMap(collectIncludeUses());
            }
            return includeUses;
        }
    }

    private Map<IncludeSite, List<IncludeUse>> collectIncludeUses() {
        Map<IncludeSite, List<IncludeUse>> out = new LinkedHashMap<>();
        for (String d : topLevelDocs) {
            for (IncludeUse u : build(d).includes()) {
                out.computeIfAbsent(new IncludeSite(u.file(), u.include().position()), k -> new ArrayList<>())
                        .add(u);
            }
        }
        return out;
    }

    /** Where an include directive is written. */
    public record IncludeSite(String file, Position position) {}
}
