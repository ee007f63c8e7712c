package io.github.docslint.rules;

import io.github.docslint.rst.Position;
import io.github.docslint.site.DocsGraph;
import io.github.docslint.site.SphinxGlob;
import io.github.docslint.site.SphinxProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Runs one rule on the graph of a source root and collects what it reports. */
final class RuleHarness {
    private RuleHarness() {}

    /** One reported violation; {@code at()} is "file:line:col". */
    record Reported(String file, Position position, String message) {
        String at() {
            return file + ":" + position;
        }
    }

    static DocsGraph graph(Path root, Path base, List<String> includeOnly) throws IOException {
        SphinxProject project = SphinxProject.load(root, base, List.of(), StandardCharsets.UTF_8, w -> {});
        List<Pattern> globs = new ArrayList<>();
        for (String g : includeOnly) {
            globs.add(SphinxGlob.compile(g));
        }
        return DocsGraph.build(project, globs);
    }

    static List<Reported> check(SourceRule rule, DocsGraph graph, RuleSettings settings) {
        List<Reported> out = new ArrayList<>();
        rule.check(graph, settings, (file, position, message) -> out.add(new Reported(file, position, message)));
        return out;
    }

    /** {@code root} is both the source root and the base directory. */
    static List<Reported> check(SourceRule rule, Path root, String... includeOnly) throws IOException {
        return check(rule, graph(root, root, List.of(includeOnly)), RuleSettings.defaults());
    }

    static List<Reported> check(SourceRule rule, Path root, RuleSettings settings) throws IOException {
        return check(rule, graph(root, root, List.of()), settings);
    }

    static String include(String path, String... options) {
        StringBuilder sb = new StringBuilder(".. include:: " + path + "\n");
        for (String o : options) {
            sb.append("   ").append(o).append('\n');
        }
        return sb.append('\n').toString();
    }

    /** An image directive with the given option lines. */
    static String image(String uri, String... options) {
        return directive("image", uri, options);
    }

    static String directive(String name, String argument, String... options) {
        StringBuilder sb = new StringBuilder(".. " + name + ":: " + argument + "\n");
        for (String o : options) {
            sb.append("   ").append(o).append('\n');
        }
        return sb.append('\n').toString();
    }

    /** A page with a title, then {@code body}: the body starts at line 4. */
    static String page(String body) {
        return "Title\n=====\n\n" + body;
    }
}
