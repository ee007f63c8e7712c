package io.github.docslint.fix;

import io.github.docslint.fix.SourceBytes.Insertion;
import io.github.docslint.rst.Include;
import io.github.docslint.rules.Finding;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.DocsGraph.IncludeSite;
import io.github.docslint.site.DocsGraph.IncludeUse;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SourceRoots;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans the fixes of one Sphinx root. A page that needs {@code :nosearch:} gets it together with a
 * {@code :start-after:} on every include that would otherwise print it, or not at all: the built pages
 * never get worse. {@link Placements} says where each addition goes, {@link PlanCheck} checks the plan
 * against the changed texts; a change that fails is left out with a note saying why ({@link
 * Refusals}), and the plan is made again without it.
 */
final class RootFixer {
    private final DocsGraph graph;
    private final FileFilter filter;
    private final FixSources sources;
    private final Refusals refusals;
    private final Placements placements;
    private final PlanCheck check;

    /** One include to get {@code :start-after:}, for the page it includes. */
    record SiteEdit(IncludeSite site, Include include, String target) {}

    /** Changes that stand or fall together: a page's :nosearch: and the includes it needs, or one include. */
    record Group(String key, String page, Insertion nosearch, List<SiteEdit> sites) {}

    RootFixer(DocsGraph graph, FileFilter filter, Charset charset) {
        this.graph = graph;
        this.filter = filter;
        this.sources = new FixSources(graph, charset);
        this.refusals = new Refusals(sources);
        this.placements = new Placements(sources, refusals);
        this.check = new PlanCheck(sources, refusals, placements);
    }

    List<String> notes() {
        return refusals.notes();
    }

    List<FileFix> plan(List<Finding> findings) {
        Set<String> pages = new TreeSet<>();
        Set<IncludeSite> sites = new LinkedHashSet<>();
        for (Finding f : findings) {
            String rel = SourceRoots.relativePath(graph.project().root(), f.file());
            if (f.rule().equals(Fixer.NOSEARCH_MISSING)) {
                pages.add(rel);
            } else if (f.rule().equals(Fixer.INCLUDE_SHOWS_METADATA)) {
                sites.add(new IncludeSite(rel, f.position()));
            }
        }
        while (true) {
            List<FileFix> fixes = check.validated(groups(pages, sites));
            if (fixes != null) {
                return fixes;
            }
        }
    }

    /** The groups of changes the findings call for, leaving out what was refused so far. */
    private List<Group> groups(Set<String> pages, Set<IncludeSite> sites) {
        List<Group> out = new ArrayList<>();
        Set<IncludeSite> taken = new LinkedHashSet<>();
        for (String page : pages) {
            if (refusals.has(Refusals.key(page))) {
                continue;
            }
            Insertion nosearch = placements.nosearch(page);
            if (nosearch == null) {
                continue;
            }
            List<SiteEdit> edits = new ArrayList<>();
            String why = null;
            for (Map.Entry<IncludeSite, List<IncludeUse>> e :
                    graph.includeUses().entrySet()) {
                IncludeSite s = e.getKey();
                Optional<IncludeUse> use = e.getValue().stream()
                        .filter(u -> u.target().equals(page))
                        .findFirst();
                if (use.isEmpty() || why != null) {
                    continue;
                }
                Include inc = use.get().include();
                if (use.get().outcome() == DocsGraph.Outcome.NOT_RST) {
                    why = refusals.at(s) + " includes it as text, where the new line would show";
                } else if (use.get().outcome() != DocsGraph.Outcome.RST || inc.skipsStart()) {
                    continue; // a skipping include is checked against the new text
                } else if (inc.options().containsKey("end-before")
                        || inc.options().containsKey("end-line")) {
                    why = refusals.at(s) + " has :end-before:/:end-line:, which a new ':start-after:' would change";
                } else if (!filter.reportsOn(s.file())) {
                    why = refusals.at(s) + " would need ':start-after:', but its file is left out by includes/excludes";
                } else if (refusals.has(Refusals.key(s))) {
                    why = refusals.at(s) + " would need ':start-after:', which cannot be added: see the note on it";
                } else {
                    edits.add(new SiteEdit(s, inc, page));
                }
            }
            if (why != null) {
                refusals.refuse(Refusals.key(page), page, 1, "':nosearch:' not added: " + why);
                continue;
            }
            out.add(new Group(Refusals.key(page), page, nosearch, edits));
            for (SiteEdit se : edits) {
                taken.add(se.site());
            }
        }
        for (IncludeSite s : sites) {
            if (taken.contains(s) || refusals.has(Refusals.key(s))) {
                continue;
            }
            List<IncludeUse> uses = graph.includeUses().getOrDefault(s, List.of());
            Set<String> targets = new TreeSet<>();
            Include inc = null;
            for (IncludeUse u : uses) {
                if (u.outcome() == DocsGraph.Outcome.RST
                        && !u.include().skipsStart()
                        && sources.document(u.target())
                                .map(d -> !d.topFields().isEmpty())
                                .orElse(false)) {
                    targets.add(u.target());
                    inc = u.include();
                }
            }
            if (inc == null) {
                continue;
            }
            if (targets.size() > 1) {
                refusals.refuse(
                        Refusals.key(s),
                        s,
                        "':start-after:' not added: the include leads to different files in different" + " pages ("
                                + String.join(", ", targets) + "), which one marker cannot cut alike");
            } else if (inc.options().containsKey("end-before") || inc.options().containsKey("end-line")) {
                refusals.refuse(
                        Refusals.key(s),
                        s,
                        "':start-after:' not added: the include has :end-before:/:end-line:, which it"
                                + " would change; add ':start-after:' yourself");
            } else {
                out.add(new Group(
                        Refusals.key(s),
                        null,
                        null,
                        List.of(new SiteEdit(s, inc, targets.iterator().next()))));
            }
        }
        return out;
    }
}
