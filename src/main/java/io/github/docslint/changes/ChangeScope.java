package io.github.docslint.changes;

import io.github.docslint.rst.Image;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a change makes worth reporting in one Sphinx root: the touched files themselves (their
 * findings and their external links), plus every file that includes a touched file, directly or
 * through other includes (their findings only: an edited or deleted snippet changes what its
 * includers show, e.g. an include-missing), and every file that shows a touched image (a deleted or
 * renamed image is an image-missing there). A touched {@code conf.py} changes what is a page at all,
 * so it puts the whole root in scope.
 *
 * @param touched files touched, relative to the root ('/'-separated; "../" for files above it)
 * @param findings files whose findings are reported; {@code null} means every file
 */
public record ChangeScope(Set<String> touched, Set<String> findings) {

    /** Everything in scope (no change filter). */
    public static final ChangeScope ALL = new ChangeScope(null, null);

    /** @param changed the touched files, absolute */
    public static ChangeScope of(DocsGraph graph, Collection<Path> changed) {
        Path root = graph.project().root();
        Set<String> touched = new HashSet<>();
        for (Path p : changed) {
            touched.add(root.relativize(p).toString().replace(File.separatorChar, '/'));
        }
        if (touched.contains("conf.py")) {
            return new ChangeScope(touched, null);
        }
        Map<String, Set<String>> includers = new HashMap<>();
        for (List<DocsGraph.IncludeUse> uses : graph.includeUses().values()) {
            for (DocsGraph.IncludeUse u : uses) {
                // missing targets too: a deleted snippet's includers now report include-missing
                includers.computeIfAbsent(u.target(), k -> new HashSet<>()).add(u.file());
            }
        }
        Set<String> findings = new HashSet<>(touched);
        findings.addAll(showing(graph, touched));
        Deque<String> todo = new ArrayDeque<>(touched);
        while (!todo.isEmpty()) {
            for (String file : includers.getOrDefault(todo.pop(), Set.of())) {
                if (findings.add(file)) {
                    todo.push(file);
                }
            }
        }
        return new ChangeScope(touched, findings);
    }

    /** The files with an image that resolves, in some page's build, to a touched file. */
    private static Set<String> showing(DocsGraph graph, Set<String> touched) {
        Set<String> out = new HashSet<>();
        if (touched.stream().allMatch(t -> graph.project().rstFiles().containsKey(t))) {
            return out; // only pages changed: no image did
        }
        for (String doc : graph.topLevelDocs()) {
            for (String rel : graph.build(doc).files()) {
                SourceFile f = graph.project().file(rel).orElse(null);
                if (f == null || !f.isReadable() || out.contains(rel)) {
                    continue;
                }
                for (Image image : f.document().images()) {
                    if (image.kind() != Image.Kind.RAW_HTML
                            && !image.uri().contains("://")
                            && touched.contains(DocsGraph.resolve(image.uri(), doc))) {
                        out.add(rel);
                        break;
                    }
                }
            }
        }
        return out;
    }

    public boolean reportsFindingsOn(String rel) {
        return findings == null || findings.contains(rel);
    }

    /** Links are requested only where they could have changed: on the touched files themselves. */
    public boolean checksLinksOf(String rel) {
        return touched == null || touched.contains(rel) || findings == null;
    }
}
