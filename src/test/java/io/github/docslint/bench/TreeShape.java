package io.github.docslint.bench;

import io.github.docslint.rst.Link;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SourceFile;
import io.github.docslint.site.SphinxProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a docs tree is made of, in the counts the scale benchmark keeps in proportion: rst files that
 * are pages, rst files that only serve as includes, include directives, images (references and
 * files), external links and rst bytes.
 */
record TreeShape(int pages, int snippets, int includes, int images, int imageFiles, int links, long rstBytes) {
    /**
     * The corpus as measured by {@link #of} on {@code mattermost-docs/source} (2026-11-27); used only
     * to print what a generated tree is made of when the corpus is absent.
     */
    static final TreeShape MATTERMOST = new TreeShape(390, 21, 436, 717, 816, 2465, 5_827_979);

    TreeShape {
        if (pages < 1 || snippets < 0 || includes < 0 || images < 0 || imageFiles < 0 || links < 0 || rstBytes < 0) {
            throw new IllegalArgumentException("bad tree shape: " + this);
        }
        if (snippets > 0 && includes < snippets) {
            throw new IllegalArgumentException("every snippet needs an include: " + this);
        }
    }

    /** Every count times {@code factor}. */
    TreeShape times(int factor) {
        return new TreeShape(
                pages * factor,
                snippets * factor,
                includes * factor,
                images * factor,
                imageFiles * factor,
                links * factor,
                rstBytes * factor);
    }

    /** Measures the Sphinx root {@code source} with docslint's own scanner. */
    static TreeShape of(Path source) throws IOException {
        Path root = source.toAbsolutePath().normalize();
        SphinxProject project = SphinxProject.load(root, root, List.of(), StandardCharsets.UTF_8, w -> {});
        int includes = 0;
        int images = 0;
        int links = 0;
        long bytes = 0;
        for (SourceFile f : project.rstFiles().values()) {
            bytes += Files.size(f.path());
            if (!f.isReadable()) {
                continue;
            }
            includes += f.document().includes().size();
            images += f.document().images().size();
            links += (int) f.document().links().stream()
                    .filter(l -> l.kind() != Link.Kind.NAMED_REFERENCE && l.kind() != Link.Kind.ANONYMOUS_REFERENCE)
                    .count();
        }
        Set<String> includeOnly = DocsGraph.build(project, List.of()).includeOnlyPages();
        int snippets = (int) project.rstFiles().keySet().stream()
                .filter(includeOnly::contains)
                .count();
        int imageFiles;
        try (Stream<Path> all = Files.walk(root)) {
            imageFiles =
                    (int) all.filter(p -> isImage(p.getFileName().toString())).count();
        }
        int rst = project.rstFiles().size();
        return new TreeShape(rst - snippets, snippets, Math.max(includes, snippets), images, imageFiles, links, bytes);
    }

    static boolean isImage(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".gif") || n.endsWith(".svg");
    }

    double megabytes() {
        return rstBytes / 1e6;
    }
}
