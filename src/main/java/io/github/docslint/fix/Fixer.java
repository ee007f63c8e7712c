package io.github.docslint.fix;

import io.github.docslint.LinkOptions;
import io.github.docslint.LintRequest;
import io.github.docslint.LintResult;
import io.github.docslint.Linter;
import io.github.docslint.rules.Finding;
import io.github.docslint.rules.Rule;
import io.github.docslint.rules.Rules;
import io.github.docslint.rules.Severity;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.FileFilter;
import io.github.docslint.site.SourceRoots;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fix} goal's engine: it runs the check for the two rules it can fix, nosearch-missing and
 * include-shows-metadata (at the severities, suppressions, includes and excludes the request gives),
 * and plans for each of their findings the one addition that fixes it. Nothing is written here.
 */
public final class Fixer {
    static final String NOSEARCH_MISSING = "nosearch-missing";
    static final String INCLUDE_SHOWS_METADATA = "include-shows-metadata";

    private Fixer() {}

    /**
     * @throws IllegalArgumentException for a request that cannot be run, as {@link Linter#run} does
     * @throws IOException when a folder of the tree cannot be walked
     */
    public static FixPlan plan(LintRequest request) throws IOException {
        Map<String, Severity> severities = new HashMap<>();
        for (Rule r : Rules.all()) {
            severities.put(r.id(), Severity.OFF);
        }
        for (String id : List.of(NOSEARCH_MISSING, INCLUDE_SHOWS_METADATA)) {
            severities.put(
                    id,
                    request.severities()
                            .getOrDefault(id, Rules.byId(id).orElseThrow().defaultSeverity()));
        }
        List<DocsGraph> graphs = new ArrayList<>();
        LintResult result = Linter.run(
                request.withSeverities(severities).withLinks(LinkOptions.unchecked("not needed to fix")), graphs::add);
        Map<DocsGraph, List<Finding>> byGraph = new LinkedHashMap<>();
        for (Finding f : result.findings()) {
            for (DocsGraph g : graphs) {
                String rel = SourceRoots.relativePath(g.project().root(), f.file());
                if (g.pages().contains(rel) || g.contentFiles().contains(rel)) {
                    byGraph.computeIfAbsent(g, k -> new ArrayList<>()).add(f);
                    break;
                }
            }
        }
        FileFilter filter = FileFilter.of(request.includes(), request.excludes());
        List<FileFix> fixes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String w : result.warnings()) {
            notes.add("docslint: " + w);
        }
        for (Map.Entry<DocsGraph, List<Finding>> e : byGraph.entrySet()) {
            RootFixer root = new RootFixer(e.getKey(), filter, request.encoding());
            fixes.addAll(root.plan(e.getValue()));
            notes.addAll(root.notes());
        }
        return new FixPlan(fixes, notes, result.filesScanned());
    }
}
