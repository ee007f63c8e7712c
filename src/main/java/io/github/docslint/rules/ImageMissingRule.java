package io.github.docslint.rules;

import io.github.docslint.rst.Image;
import io.github.docslint.rst.Position;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * An image file that does not exist. Sphinx resolves an image path against the page being built, so
 * an image in an included file is checked once for each page that includes it.
 */
final class ImageMissingRule implements SourceRule {
    @Override
    public String id() {
        return "image-missing";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String description() {
        return "An image's file does not exist, resolved against each page that shows it.";
    }

    private record Site(String file, Position position) {}

    private record Miss(String uri, TreeSet<String> resolved, TreeSet<String> docs) {}

    @Override
    public void check(DocsGraph graph, RuleSettings settings, Reporter reporter) {
        Map<String, Boolean> exists = new HashMap<>();
        Map<Site, Miss> misses = new LinkedHashMap<>();
        for (String doc : graph.topLevelDocs()) {
            for (String rel : graph.build(doc).files()) {
                SourceFile f = graph.project().file(rel).orElse(null);
                if (f == null || !f.isReadable()) {
                    continue;
                }
                for (Image image : f.document().images()) {
                    String uri = image.uri();
                    if (image.kind() == Image.Kind.RAW_HTML
                            || uri.isEmpty()
                            || uri.contains("://")
                            || uri.startsWith("data:")) {
                        continue;
                    }
                    String target = DocsGraph.resolve(uri, doc);
                    if (!graph.project().isInsideBase(target)
                            || exists.computeIfAbsent(
                                    target,
                                    t -> graph.project()
                                            .path(t)
                                            .map(p -> exists(graph, p))
                                            .orElse(false))) {
                        continue;
                    }
                    Miss m = misses.computeIfAbsent(
                            new Site(rel, image.position()), k -> new Miss(uri, new TreeSet<>(), new TreeSet<>()));
                    m.resolved().add(target);
                    m.docs().add(doc);
                }
            }
        }
        misses.forEach((site, m) -> {
            String where = m.docs().size() == 1 && m.docs().first().equals(site.file())
                    ? ""
                    : " (on page " + Text.list(m.docs(), 3) + ")";
            reporter.report(
                    site.file(),
                    site.position(),
                    "image file '" + m.uri() + "' not found: it resolves to " + Text.list(m.resolved(), 3) + where
                            + "; a relative path is relative to the page being built, '/path' to the source root");
        });
    }

    /** Sphinx's "name.*" picks any file starting with "name." in that folder. */
    private static boolean exists(DocsGraph graph, Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int star = name.indexOf('*');
        if (star < 0) {
            return graph.project().isRegularFile(p);
        }
        String stem = name.substring(0, star);
        try (Stream<Path> s = Files.list(p.getParent())) {
            return s.anyMatch(q -> q.getFileName().toString().startsWith(stem) && Files.isRegularFile(q));
        } catch (IOException e) {
            return false;
        }
    }
}
